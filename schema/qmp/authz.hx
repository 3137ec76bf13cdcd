HXCOMM Area 'authz'.

    {
        .enum               = "QAuthZListPolicy",
        .prefix             = "QAUTHZ_LIST_POLICY",
        .values             = "deny,allow",
    },

SQMP
QAuthZListPolicy
----------------

TODO

Values:

- "deny": TODO
- "allow": TODO

Since: 4.0

EQMP

    {
        .enum               = "QAuthZListFormat",
        .prefix             = "QAUTHZ_LIST_FORMAT",
        .values             = "exact,glob",
    },

SQMP
QAuthZListFormat
----------------

TODO

Values:

- "exact": TODO
- "glob": TODO

Since: 4.0

EQMP

    {
        .struct             = "QAuthZListRule",
        .members            = "match:str,"
                              "policy:QAuthZListPolicy,"
                              "format:QAuthZListFormat?",
    },

SQMP
QAuthZListRule
--------------

TODO

Members:

- "match": TODO
- "policy": TODO
- "format": TODO

Since: 4.0

EQMP

    {
        .struct             = "AuthZListProperties",
        .members            = "policy:QAuthZListPolicy?,"
                              "rules:[QAuthZListRule]?",
    },

SQMP
AuthZListProperties
-------------------

TODO

Members:

- "policy": TODO
- "rules": TODO

Since: 4.0

EQMP

    {
        .struct             = "AuthZListFileProperties",
        .members            = "filename:str,"
                              "refresh:bool?",
    },

SQMP
AuthZListFileProperties
-----------------------

TODO

Members:

- "filename": TODO
- "refresh": TODO

Since: 4.0

EQMP

    {
        .struct             = "AuthZPAMProperties",
        .members            = "service:str",
    },

SQMP
AuthZPAMProperties
------------------

TODO

Members:

- "service": TODO

Since: 4.0

EQMP

    {
        .struct             = "AuthZSimpleProperties",
        .members            = "identity:str",
    },

SQMP
AuthZSimpleProperties
---------------------

TODO

Members:

- "identity": TODO

Since: 4.0

EQMP

