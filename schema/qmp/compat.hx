HXCOMM Area 'compat'.

    {
        .enum               = "CompatPolicyInput",
        .values             = "accept,reject,crash",
    },

SQMP
CompatPolicyInput
-----------------

TODO

Values:

- "accept": TODO
- "reject": TODO
- "crash": TODO

Since: 6.0

EQMP

    {
        .enum               = "CompatPolicyOutput",
        .values             = "accept,hide",
    },

SQMP
CompatPolicyOutput
------------------

TODO

Values:

- "accept": TODO
- "hide": TODO

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

TODO

Members:

- "deprecated-input": TODO
- "deprecated-output": TODO
- "unstable-input": TODO
- "unstable-output": TODO

Since: 6.0

EQMP

