HXCOMM Area 'compat'.

SQMP
Compatibility policy
====================

How QEMU treats the parts of its interface that are marked deprecated
or unstable: accept them, reject them or hide them (the -compat
command line option). Meant for testing management software against
future removals.

EQMP

    {
        .enum               = "CompatPolicyInput",
        .values             = "accept,reject,crash",
    },

SQMP
CompatPolicyInput
-----------------

What QEMU does when a client sends a deprecated or unstable command,
argument or value.

Values:

- "accept": carry it out without complaint.
- "reject": refuse it with an error reply.
- "crash": abort the QEMU process (for testing only).

Since: 6.0

EQMP

    {
        .enum               = "CompatPolicyOutput",
        .values             = "accept,hide",
    },

SQMP
CompatPolicyOutput
------------------

What QEMU does with deprecated or unstable parts of its replies and
events.

Values:

- "accept": send them unchanged.
- "hide": leave them out.

Since: 6.0

EQMP

    {
        .struct             = "CompatPolicy",
        .members            = "deprecated-input:CompatPolicyInput?,"
                              "deprecated-output:CompatPolicyOutput?,"
                              "unstable-input:CompatPolicyInput?,"
                              "unstable-output:CompatPolicyOutput?",
    },

SQMP
CompatPolicy
------------

The settings of the -compat option: how to handle the parts of the QMP
interface that carry the feature "deprecated" or "unstable". Intended
for testing the users of QMP: run with "reject" and "hide" to find out
whether software still depends on what will go away. Only those marks
in the schema are covered, not changed behaviour nor the command line;
"hide" is not implemented for enumeration values, which behave as
under "accept".

Members:

- "deprecated-input": how to handle deprecated input; "accept" when
  absent.
- "deprecated-output": how to handle deprecated output; "accept" when
  absent.
- "unstable-input": how to handle unstable input; "accept" when absent
  (since 6.2).
- "unstable-output": how to handle unstable output; "accept" when
  absent (since 6.2).

Since: 6.0

EQMP

