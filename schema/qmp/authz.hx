HXCOMM Area 'authz'.

SQMP
User authorization
==================

Authorization objects (authz-simple, authz-list, authz-listfile,
authz-pam) created with object-add or -object. Network services such
as the VNC server, NBD server, chardev sockets and migration name one
of them to decide whether a client whose identity is known (an x509
distinguished name from TLS, or a SASL user name) may connect.

EQMP

    {
        .enum               = "QAuthZListPolicy",
        .prefix             = "QAUTHZ_LIST_POLICY",
        .values             = "deny,allow",
    },

SQMP
QAuthZListPolicy
----------------

The verdict of an authz-list or authz-listfile object: the result of a
matching rule, or the default when no rule matches.

Values:

- "deny": the client is refused.
- "allow": the client is let in.

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

How the "match" string of a QAuthZListRule is compared with a client's
identity.

Values:

- "exact": the identity must equal the string character for character.
- "glob": the string is a shell-style pattern: "?" stands for any one
  character, "*" for any run of characters.

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

One rule of an authz-list object. Rules are tried in list order; the
first whose "match" fits the client's identity decides.

Members:

- "match": the identity to compare with, a literal string or a
  pattern depending on "format".
- "policy": the verdict when the rule matches.
- "format": how "match" is compared. When absent, "exact".

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

The properties of an authz-list object (object-add "qom-type":
"authz-list"): an access list kept in QEMU's memory.

Members:

- "policy": the verdict when no rule matches. When absent, "deny".
- "rules": the rules, tried in order; the first match decides. When
  absent, the list is empty and every client gets "policy".

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

The properties of an authz-listfile object (object-add "qom-type":
"authz-listfile"): an access list like authz-list's, read from a file.

Members:

- "filename": the file holding the list: a JSON object with the
  members of AuthZListProperties ("policy", "rules").
- "refresh": true to watch the file with inotify and reload it when
  it changes. While a reload fails (for example the file holds invalid
  JSON), every client is refused until the file loads again. When
  absent, true if QEMU was built with inotify support
  (CONFIG_INOTIFY1), false otherwise.

Since: 4.0

EQMP

    {
        .struct             = "AuthZPAMProperties",
        .members            = "service:str",
    },

SQMP
AuthZPAMProperties
------------------

The properties of an authz-pam object (object-add "qom-type":
"authz-pam"): the client's identity is checked by the host's PAM
account management.

Members:

- "service": the PAM service name; it selects which of the host's PAM
  configurations performs the check.

Since: 4.0

EQMP

    {
        .struct             = "AuthZSimpleProperties",
        .members            = "identity:str",
    },

SQMP
AuthZSimpleProperties
---------------------

The properties of an authz-simple object (object-add "qom-type":
"authz-simple"): exactly one identity is allowed, every other client is
refused.

Members:

- "identity": the one identity that is let in. Its form depends on
  the service using the object: for clients authenticated by TLS x509
  certificates it is the certificate's distinguished name (for example
  "CN=laptop.example.com,O=Example Org,C=GB").

Since: 4.0

EQMP
