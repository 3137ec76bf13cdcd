HXCOMM Area 'ui'.

SQMP
Remote desktop and input
========================

The user interface side of the VM: the VNC and Spice remote display
servers (passwords, listening addresses, connected clients, and the
events of client connections), screenshots of the guest's display, the
local display options, and sending keyboard, mouse and touch input to
the guest as if a user had typed or moved the mouse.

EQMP

    {
        .enum               = "DisplayProtocol",
        .values             = "vnc,spice",
    },

SQMP
DisplayProtocol
---------------

The remote display protocols whose password set_password and
expire_password manage.

Values:

- "vnc": the VNC server (needs QEMU built with VNC and a display
  started with "-vnc"); selects the VNC-only members, which name the
  VNC display to act on.
- "spice": the Spice server (needs QEMU built with Spice and started
  with "-spice"); adds no members.

Since: 7.0

EQMP

    {
        .enum               = "SetPasswordAction",
        .values             = "keep,fail,disconnect",
    },

SQMP
SetPasswordAction
-----------------

What set_password does about the clients that are connected while the
password changes.

Values:

- "keep": leave them connected; only new connections need the new
  password.
- "fail": refuse to change the password while clients are connected
  (the command fails).
- "disconnect": change the password and disconnect the connected
  clients, so they must log in again.

Since: 7.0

EQMP

    {
        .union              = "SetPasswordOptions",
        .members            = "protocol:DisplayProtocol,"
                              "password:str,"
                              "connected:SetPasswordAction?",
        .discriminator      = "protocol",
        .variants           = "vnc:SetPasswordOptionsVnc",
    },

SQMP
SetPasswordOptions
------------------

The arguments of set_password. Which further members exist depends on
"protocol".

Members:

- "protocol": the display server whose password to set; "vnc" adds
  the members of SetPasswordOptionsVnc.
- "password": the new password. For VNC, VNC authentication uses only
  its first 8 characters.
- "connected": what to do with clients connected at that moment.
  Absent means "keep". For VNC only "keep" is implemented; any other
  value makes the command fail.

Since: 7.0

EQMP

    {
        .struct             = "SetPasswordOptionsVnc",
        .members            = "display:str?",
    },

SQMP
SetPasswordOptionsVnc
---------------------

The VNC-only member of the arguments of set_password.

Members:

- "display": the ID of the VNC display whose password to set (the
  "id" of "-vnc ...,id=ID"; the first display is "default"). Absent:
  the first VNC display.

Since: 7.0

EQMP

    {
        .name               = "set_password",
        .args               = "SetPasswordOptions",
        .boxed              = true,
    },

SQMP
set_password
------------

Set the password clients must give to connect to the VNC or Spice
server. The display must have been started with password
authentication (for VNC "-vnc ...,password=on").

Arguments: a SetPasswordOptions object: "protocol", "password" and
optionally "connected", plus, for "vnc", the optional "display".

Returns: an empty object.

Errors:

- DeviceNotActive when "protocol" is "spice" and Spice is not in use.
  (QEMU's own documentation names DeviceNotFound here; QEMU 10.0.2
  answers DeviceNotActive.)
- GenericError for VNC when the display does not exist or does not use
  password authentication.
- GenericError for VNC when "connected" is not "keep".
- GenericError for Spice when "connected" is "fail" and clients are
  connected.

Since: 0.14

Example:

-> {"execute": "set_password", "arguments": {"protocol": "vnc", "password": "s3cr3t"}}
<- {"return": {}}

The VNC server cannot disconnect its clients:

-> {"execute": "set_password", "arguments": {"protocol": "vnc", "password": "s3cr3t", "connected": "disconnect"}}
<- {"error": {"class": "GenericError", "desc": "parameter 'connected' must be 'keep' when 'protocol' is 'vnc'"}}

Spice is not in use:

-> {"execute": "set_password", "arguments": {"protocol": "spice", "password": "s3cr3t"}}
<- {"error": {"class": "DeviceNotActive", "desc": "SPICE is not in use"}}

EQMP

    {
        .union              = "ExpirePasswordOptions",
        .members            = "protocol:DisplayProtocol,"
                              "time:str",
        .discriminator      = "protocol",
        .variants           = "vnc:ExpirePasswordOptionsVnc",
    },

SQMP
ExpirePasswordOptions
---------------------

The arguments of expire_password. Which further members exist depends
on "protocol".

Members:

- "protocol": the display server whose password expires; "vnc" adds
  the members of ExpirePasswordOptionsVnc.
- "time": when the password expires: "now" at once, "never" to cancel
  an expiry, "+N" N seconds from now, or "N" at the absolute time N in
  seconds since the Unix epoch (1970-01-01 UTC). Times are those of
  the host QEMU runs on, which a client on another machine cannot
  synchronise with, so an absolute time is reliable only on the same
  host; prefer "+N".

Since: 7.0

EQMP

    {
        .struct             = "ExpirePasswordOptionsVnc",
        .members            = "display:str?",
    },

SQMP
ExpirePasswordOptionsVnc
------------------------

The VNC-only member of the arguments of expire_password.

Members:

- "display": the ID of the VNC display whose password expires (the
  "id" of "-vnc ...,id=ID"; the first display is "default"). Absent:
  the first VNC display.

Since: 7.0

EQMP

    {
        .name               = "expire_password",
        .args               = "ExpirePasswordOptions",
        .boxed              = true,
    },

SQMP
expire_password
---------------

Make the password of the VNC or Spice server expire at a given time,
after which no client can log in until a new password is set with
set_password; or cancel such an expiry.

Arguments: an ExpirePasswordOptions object: "protocol" and "time",
plus, for "vnc", the optional "display".

Returns: an empty object.

Errors:

- DeviceNotActive when "protocol" is "spice" and Spice is not in use.
  (QEMU's own documentation names DeviceNotFound here; QEMU 10.0.2
  answers DeviceNotActive.)
- GenericError when "time" has none of the accepted forms.
- GenericError for VNC when the display does not exist.

Since: 0.14

Example:

-> {"execute": "expire_password", "arguments": {"protocol": "vnc", "time": "+60"}}
<- {"return": {}}
-> {"execute": "expire_password", "arguments": {"protocol": "vnc", "time": "never"}}
<- {"return": {}}

A time in no accepted form:

-> {"execute": "expire_password", "arguments": {"protocol": "vnc", "time": "bogus"}}
<- {"error": {"class": "GenericError", "desc": "Parameter 'time' doesn't take value 'bogus'"}}

EQMP

    {
        .enum               = "ImageFormat",
        .values             = "ppm,png",
    },

SQMP
ImageFormat
-----------

The picture file formats of screendump.

Values:

- "ppm": the Portable Pixmap format (binary PPM, uncompressed, so the
  file is large: about 3 bytes per pixel).
- "png": the Portable Network Graphics format (compressed).

Since: 7.1

EQMP

#if defined(CONFIG_PIXMAN)
    {
        .name               = "screendump",
        .args_type          = "filename:str,"
                              "device:str?,"
                              "head:int?,"
                              "format:ImageFormat?",
        .coroutine          = true,
    },
#endif

SQMP
screendump
----------

Save what a display of the guest currently shows (its graphics card's
output) as a picture file on the host. Works also while the VM is
paused. Only in QEMU built with pixman.

Arguments:

- "filename": the path of the file to write on the host; an existing
  file is replaced.
- "device": the ID of the display device (graphics card) to take the
  picture of (since 2.12). Absent: the primary display.
- "head": which output (head) of a multi-head display device to take
  (since 2.12). Needs "device". Absent means 0, the first head.
- "format": the file format (since 7.1). Absent means "ppm".

Returns: an empty object once the file is written.

Errors:

- DeviceNotFound when no device has the ID "device".
- GenericError when "head" is given without "device", or the device
  has no such head.
- GenericError when there is no display at all to take a picture of.
- GenericError when the file cannot be written.

Since: 0.14

Example:

-> {"execute": "screendump", "arguments": {"filename": "/tmp/docsui/screen.ppm"}}
<- {"return": {}}
-> {"execute": "screendump", "arguments": {"filename": "/tmp/docsui/s2.png", "device": "video0", "head": 0, "format": "png"}}
<- {"return": {}}

A head the device does not have:

-> {"execute": "screendump", "arguments": {"filename": "/tmp/docsui/s3.png", "device": "video0", "head": 1, "format": "png"}}
<- {"error": {"class": "GenericError", "desc": "Device video0 (head 1) is not bound to a QemuConsole"}}

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "SpiceBasicInfo",
        .members            = "host:str,"
                              "port:str,"
                              "family:NetworkAddressFamily",
    },
#endif

SQMP
SpiceBasicInfo
--------------

The network address of one end of a Spice connection. Only in QEMU
built with Spice.

Members:

- "host": the IP address.
- "port": the port number, as a string.
- "family": the address family ("ipv4", "ipv6", ...).

Since: 2.1

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "SpiceServerInfo",
        .base               = "SpiceBasicInfo",
        .members            = "auth:str?",
    },
#endif

SQMP
SpiceServerInfo
---------------

The address of the Spice server side of a connection, and the
authentication it uses. Only in QEMU built with Spice.

Members:

- "auth": the authentication method of the server, in the terms of
  SpiceInfo's "auth" ("none" or "spice").

Since: 2.1

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "SpiceChannel",
        .base               = "SpiceBasicInfo",
        .members            = "connection-id:int,"
                              "channel-type:int,"
                              "channel-id:int,"
                              "tls:bool",
    },
#endif

SQMP
SpiceChannel
------------

One channel of a Spice client connection: Spice opens several
channels (main, display, inputs, cursor, ...) per client session. Only
in QEMU built with Spice.

Members:

- "connection-id": the number of the Spice session; all channels of
  one client session share it.
- "channel-type": the Spice channel type number; 1 is the main
  (control) channel, so following only type 1 tracks whole sessions.
- "channel-id": the number of the channel among those of the same
  type, usually 0; it differs when a type has several channels, such as
  the display channels of a multi-head setup.
- "tls": whether the channel is encrypted with TLS.

Since: 0.14

EQMP

#if defined(CONFIG_SPICE)
    {
        .enum               = "SpiceQueryMouseMode",
        .values             = "client,server,unknown",
    },
#endif

SQMP
SpiceQueryMouseMode
-------------------

Who decides where the mouse pointer is in a Spice session. Only in
QEMU built with Spice.

Values:

- "client": the client decides: the pointer is where the client's
  own mouse pointer is.
- "server": the server decides the pointer position.
- "unknown": the Spice server gives no information on the mode.

Since: 1.1

EQMP

#if defined(CONFIG_SPICE)
    {
        .struct             = "SpiceInfo",
        .members            = "enabled:bool,"
                              "migrated:bool,"
                              "host:str?,"
                              "port:int?,"
                              "tls-port:int?,"
                              "auth:str?,"
                              "compiled-version:str?,"
                              "mouse-mode:SpiceQueryMouseMode,"
                              "channels:[SpiceChannel]?",
    },
#endif

SQMP
SpiceInfo
---------

The state of the Spice server and its connections, as query-spice
reports it. Only in QEMU built with Spice.

Members:

- "enabled": whether the Spice server runs. When false, only
  "migrated" and "mouse-mode" accompany it.
- "migrated": whether the last migration of the guest completed and
  the Spice clients were moved over to the destination as well (since
  1.4).
- "host": the host name or address the server listens on, as the
  host's name resolution gives it (so possibly an IP address). Absent
  when the server is disabled.
- "port": the port of the server's plain-text channels. Absent when
  there is none.
- "tls-port": the port of the server's TLS-encrypted channels. Absent
  when there is none.
- "auth": the authentication the server uses: "none" for none,
  "spice" for SASL or direct TLS authentication, depending on the
  command line options.
- "compiled-version": the version of the Spice server library QEMU
  uses.
- "mouse-mode": who currently decides the mouse position (since 1.1).
- "channels": one SpiceChannel for each open channel of the connected
  clients. Absent when the server is disabled.

Since: 0.14

EQMP

#if defined(CONFIG_SPICE)
    {
        .name               = "query-spice",
        .args_type          = "",
        .returns            = "SpiceInfo",
    },
#endif

SQMP
query-spice
-----------

Report whether the Spice server runs, where it listens, how clients
authenticate and which client channels are open. Only in QEMU built
with Spice.

Arguments: None.

Returns: a SpiceInfo; without a running Spice server it holds only
"enabled": false, "migrated" and "mouse-mode".

Since: 0.14

Example:

Without "-spice":

-> {"execute": "query-spice"}
<- {"return": {"migrated": false, "enabled": false, "mouse-mode": "client"}}

Example:

(Written from the schema, not captured from a server.)

A Spice server with one client, whose main channel is shown:

-> {"execute": "query-spice"}
<- {"return": {"enabled": true, "auth": "spice", "port": 5920, "migrated": false, "tls-port": 5921, "host": "0.0.0.0", "mouse-mode": "client", "channels": [{"port": "54924", "family": "ipv4", "channel-type": 1, "connection-id": 1804289383, "host": "127.0.0.1", "channel-id": 0, "tls": true}]}}

EQMP

#if defined(CONFIG_SPICE)
    {
        .event              = "SPICE_CONNECTED",
        .data               = "server:SpiceBasicInfo,"
                              "client:SpiceBasicInfo",
    },
#endif

SQMP
SPICE_CONNECTED
---------------

A Spice client opened a connection (a channel) to the server, before
any authentication. Only in QEMU built with Spice.

Data:

- "server": the address of the server end of the connection.
- "client": the address of the client end.

Since: 0.14

Example:

(Written from the schema, not captured from a server.)

<- {"event": "SPICE_CONNECTED", "data": {"server": {"port": "5920", "family": "ipv4", "host": "127.0.0.1"}, "client": {"port": "52873", "family": "ipv4", "host": "127.0.0.1"}}, "timestamp": {"seconds": 1700000000, "microseconds": 388707}}

EQMP

#if defined(CONFIG_SPICE)
    {
        .event              = "SPICE_INITIALIZED",
        .data               = "server:SpiceServerInfo,"
                              "client:SpiceChannel",
    },
#endif

SQMP
SPICE_INITIALIZED
-----------------

A Spice channel is ready: the handshake and any authentication are
done. Only in QEMU built with Spice.

Data:

- "server": the address of the server end and its authentication
  method.
- "client": the client channel: its address, session, type and
  whether it is encrypted.

Since: 0.14

Example:

(Written from the schema, not captured from a server.)

<- {"event": "SPICE_INITIALIZED", "data": {"server": {"auth": "spice", "port": "5921", "family": "ipv4", "host": "127.0.0.1"}, "client": {"port": "49004", "family": "ipv4", "channel-type": 3, "connection-id": 1804289383, "host": "127.0.0.1", "channel-id": 0, "tls": true}}, "timestamp": {"seconds": 1700000000, "microseconds": 417172}}

EQMP

#if defined(CONFIG_SPICE)
    {
        .event              = "SPICE_DISCONNECTED",
        .data               = "server:SpiceBasicInfo,"
                              "client:SpiceBasicInfo",
    },
#endif

SQMP
SPICE_DISCONNECTED
------------------

A Spice connection (a channel) was closed. Only in QEMU built with
Spice.

Data:

- "server": the address of the server end of the connection.
- "client": the address of the client end.

Since: 0.14

Example:

(Written from the schema, not captured from a server.)

<- {"event": "SPICE_DISCONNECTED", "data": {"server": {"port": "5920", "family": "ipv4", "host": "127.0.0.1"}, "client": {"port": "52873", "family": "ipv4", "host": "127.0.0.1"}}, "timestamp": {"seconds": 1700000000, "microseconds": 388707}}

EQMP

#if defined(CONFIG_SPICE)
    {
        .event              = "SPICE_MIGRATE_COMPLETED",
    },
#endif

SQMP
SPICE_MIGRATE_COMPLETED
-----------------------

The Spice part of a migration is done: the Spice clients have been
moved over to the destination (see client_migrate_info). Only in QEMU
built with Spice. It has no data.

Since: 1.3

Example:

(Written from the schema, not captured from a server.)

<- {"event": "SPICE_MIGRATE_COMPLETED", "timestamp": {"seconds": 1700000000, "microseconds": 417172}}

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncBasicInfo",
        .members            = "host:str,"
                              "service:str,"
                              "family:NetworkAddressFamily,"
                              "websocket:bool",
    },
#endif

SQMP
VncBasicInfo
------------

The network address of one end of a VNC connection. Only in QEMU
built with VNC.

Members:

- "host": the IP address; empty for a Unix domain socket.
- "service": the port, as a string (or the path of a Unix domain
  socket). It may also be a service name from the host's services
  database, so do not rely on it being numeric.
- "family": the address family ("ipv4", "ipv6", "unix", ...).
- "websocket": whether the connection uses the VNC-over-WebSocket
  listener (since 2.3).

Since: 2.1

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncServerInfo",
        .base               = "VncBasicInfo",
        .members            = "auth:str?",
    },
#endif

SQMP
VncServerInfo
-------------

The address of the VNC server side of a connection, and its
authentication. Only in QEMU built with VNC.

Members:

- "auth": the authentication method of the plain (non-WebSocket) VNC
  listener, in the terms of VncInfo's "auth" ("none", "vnc",
  "vencrypt+x509+sasl", ...).

Since: 2.1

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncClientInfo",
        .base               = "VncBasicInfo",
        .members            = "x509_dname:str?,"
                              "sasl_username:str?",
    },
#endif

SQMP
VncClientInfo
-------------

A client connected to the VNC server: its address and, once
authenticated, who it is. Only in QEMU built with VNC.

Members:

- "x509_dname": the distinguished name of the client's x509
  certificate, when x509 certificate authentication is in use. Absent
  otherwise.
- "sasl_username": the user name the client logged in with, when SASL
  authentication is in use. Absent otherwise.

Since: 0.14

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncInfo",
        .members            = "enabled:bool,"
                              "host:str?,"
                              "family:NetworkAddressFamily?,"
                              "service:str?,"
                              "auth:str?,"
                              "clients:[VncClientInfo]?",
    },
#endif

SQMP
VncInfo
-------

The state of the first VNC server, as query-vnc reports it. Only in
QEMU built with VNC.

Members:

- "enabled": whether the VNC server listens. When false, no other
  member is present.
- "host": the host name or address the server listens on, as the
  host's name resolution gives it (so possibly an IP address); empty
  for a Unix domain socket.
- "family": the kind of address the server listens on: "ipv4", "ipv6",
  "unix" (a Unix domain socket), or "unknown".
- "service": the port the server listens on, as a string (or the path
  of its Unix domain socket). It may also be a service name from the
  host's services database, so do not rely on it being numeric.
- "auth": the authentication clients must pass: "none"; "vnc" (VNC
  password challenge); or VeNCrypt with a sub-method: "vencrypt+plain"
  (user name and password in clear), "vencrypt+tls+none",
  "vencrypt+tls+vnc", "vencrypt+tls+plain", "vencrypt+tls+sasl"
  (anonymous TLS, then no authentication, VNC password, plain
  password, or SASL), and "vencrypt+x509+none", "vencrypt+x509+vnc",
  "vencrypt+x509+plain", "vencrypt+x509+sasl" (TLS with x509
  certificates, then the same).
- "clients": the clients connected now; an empty list when there are
  none.

Since: 0.14

EQMP

#if defined(CONFIG_VNC)
    {
        .enum               = "VncPrimaryAuth",
        .values             = "none,vnc,ra2,ra2ne,tight,ultra,tls,vencrypt,sasl",
    },
#endif

SQMP
VncPrimaryAuth
--------------

The security types of the VNC (RFB) protocol. QEMU's VNC server offers
"none", "vnc", "vencrypt" and "sasl"; the other values are security
types other VNC software uses. Only in QEMU built with VNC.

Values:

- "none": no authentication.
- "vnc": the classic VNC password challenge (DES-based).
- "ra2": RealVNC's RA2 security type.
- "ra2ne": RealVNC's RA2ne security type.
- "tight": the TightVNC security type.
- "ultra": the UltraVNC security type.
- "tls": the old VNC TLS security type (anonymous TLS).
- "vencrypt": VeNCrypt: TLS and then a sub-method, given by
  VncVencryptSubAuth.
- "sasl": SASL authentication (for example Kerberos), possibly with
  SASL encryption.

Since: 2.3

EQMP

#if defined(CONFIG_VNC)
    {
        .enum               = "VncVencryptSubAuth",
        .values             = "plain,tls-none,x509-none,tls-vnc,x509-vnc,tls-plain,x509-plain,"
                              "tls-sasl,x509-sasl",
    },
#endif

SQMP
VncVencryptSubAuth
------------------

The sub-method of VeNCrypt authentication: whether and how the
connection is encrypted, and how the client then authenticates. Only
in QEMU built with VNC.

Values:

- "plain": no encryption; user name and password are sent in clear.
- "tls-none": anonymous TLS (no certificates); no further
  authentication.
- "x509-none": TLS with x509 certificates; no further authentication.
- "tls-vnc": anonymous TLS, then the VNC password challenge.
- "x509-vnc": TLS with x509 certificates, then the VNC password
  challenge.
- "tls-plain": anonymous TLS, then user name and password.
- "x509-plain": TLS with x509 certificates, then user name and
  password.
- "tls-sasl": anonymous TLS, then SASL authentication.
- "x509-sasl": TLS with x509 certificates, then SASL authentication.

Since: 2.3

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncServerInfo2",
        .base               = "VncBasicInfo",
        .members            = "auth:VncPrimaryAuth,"
                              "vencrypt:VncVencryptSubAuth?",
    },
#endif

SQMP
VncServerInfo2
--------------

One listening socket of a VNC server, with its authentication. Only in
QEMU built with VNC.

Members:

- "auth": the security type the listener offers.
- "vencrypt": the VeNCrypt sub-method; present only when "auth" is
  "vencrypt".

Since: 2.9

EQMP

#if defined(CONFIG_VNC)
    {
        .struct             = "VncInfo2",
        .members            = "id:str,"
                              "server:[VncServerInfo2],"
                              "clients:[VncClientInfo],"
                              "auth:VncPrimaryAuth,"
                              "vencrypt:VncVencryptSubAuth?,"
                              "display:str?",
    },
#endif

SQMP
VncInfo2
--------

One VNC server (one "-vnc" display), as query-vnc-servers reports it.
Only in QEMU built with VNC.

Members:

- "id": the ID of the VNC display ("default" for the first one, else
  the "id" given with "-vnc").
- "server": the sockets the server listens on: possibly several (the
  plain listener and a WebSocket listener, several addresses), or none
  when the server does not listen (for example after display-update
  with no addresses).
- "clients": the clients connected now; an empty list when there are
  none.
- "auth": the security type of the plain (non-WebSocket) listeners.
- "vencrypt": the VeNCrypt sub-method; present only when "auth" is
  "vencrypt".
- "display": the ID of the display device (graphics card) whose output
  the server shows. Absent when that device has no ID, or there is no
  display device.

Since: 2.3

EQMP

#if defined(CONFIG_VNC)
    {
        .name               = "query-vnc",
        .args_type          = "",
        .returns            = "VncInfo",
    },
#endif

SQMP
query-vnc
---------

Report whether the first VNC server listens, its address and
authentication, and the connected clients. With several VNC displays,
use query-vnc-servers. Only in QEMU built with VNC.

Arguments: None.

Returns: a VncInfo; when no VNC server listens, it holds only
"enabled": false.

Since: 0.14

Example:

With one client connected:

-> {"execute": "query-vnc"}
<- {"return": {"enabled": true, "auth": "none", "family": "ipv4", "clients": [{"family": "ipv4", "service": "46048", "host": "127.0.0.1", "websocket": false}], "service": "5938", "host": "127.0.0.1"}}

Without "-vnc":

-> {"execute": "query-vnc"}
<- {"return": {"enabled": false}}

EQMP

#if defined(CONFIG_VNC)
    {
        .name               = "query-vnc-servers",
        .args_type          = "",
        .returns            = "[VncInfo2]",
    },
#endif

SQMP
query-vnc-servers
-----------------

List every VNC server (one per "-vnc" display) with its listening
sockets, authentication, display device and connected clients. Only
in QEMU built with VNC.

Arguments: None.

Returns: a list of VncInfo2, one per VNC display; empty when QEMU has
no VNC display.

Since: 2.3

Example:

-> {"execute": "query-vnc-servers"}
<- {"return": [{"auth": "none", "clients": [{"family": "ipv4", "service": "46048", "host": "127.0.0.1", "websocket": false}], "display": "video0", "server": [{"auth": "none", "family": "ipv4", "service": "5938", "host": "127.0.0.1", "websocket": false}], "id": "default"}]}

EQMP

#if defined(CONFIG_VNC)
    {
        .name               = "change-vnc-password",
        .args_type          = "password:str",
    },
#endif

SQMP
change-vnc-password
-------------------

Set the password of the first VNC display; the same as set_password
with "protocol": "vnc". Clients that are connected stay connected. Only
in QEMU built with VNC.

Arguments:

- "password": the new password for VNC authentication; VNC uses only
  its first 8 characters. An empty string sets an empty password.

Returns: an empty object.

Errors:

- GenericError when there is no VNC display or it does not use
  password authentication ("-vnc ...,password=on").

Since: 1.1

Example:

-> {"execute": "change-vnc-password", "arguments": {"password": "an0ther"}}
<- {"return": {}}

A VNC display without password authentication:

-> {"execute": "change-vnc-password", "arguments": {"password": "x"}}
<- {"error": {"class": "GenericError", "desc": "Could not set password"}}

EQMP

#if defined(CONFIG_VNC)
    {
        .event              = "VNC_CONNECTED",
        .data               = "server:VncServerInfo,"
                              "client:VncBasicInfo",
    },
#endif

SQMP
VNC_CONNECTED
-------------

A VNC client connected to the server. It is sent before any
authentication, so the client's identity is not known yet. Only in
QEMU built with VNC.

Data:

- "server": the address and authentication of the server end.
- "client": the address of the client.

Since: 0.13

Example:

<- {"timestamp": {"seconds": 1796448437, "microseconds": 768150}, "event": "VNC_CONNECTED", "data": {"server": {"auth": "none", "family": "ipv4", "service": "5938", "host": "127.0.0.1", "websocket": false}, "client": {"family": "ipv4", "service": "43284", "host": "127.0.0.1", "websocket": false}}}

EQMP

#if defined(CONFIG_VNC)
    {
        .event              = "VNC_INITIALIZED",
        .data               = "server:VncServerInfo,"
                              "client:VncClientInfo",
    },
#endif

SQMP
VNC_INITIALIZED
---------------

A VNC client has passed authentication (if any) and its session is
now active. Only in QEMU built with VNC.

Data:

- "server": the address and authentication of the server end.
- "client": the client, with its x509 name or SASL user name when
  those authentication methods are used.

Since: 0.13

Example:

<- {"timestamp": {"seconds": 1796448437, "microseconds": 787562}, "event": "VNC_INITIALIZED", "data": {"server": {"auth": "none", "family": "ipv4", "service": "5938", "host": "127.0.0.1", "websocket": false}, "client": {"family": "ipv4", "service": "43284", "host": "127.0.0.1", "websocket": false}}}

EQMP

#if defined(CONFIG_VNC)
    {
        .event              = "VNC_DISCONNECTED",
        .data               = "server:VncServerInfo,"
                              "client:VncClientInfo",
    },
#endif

SQMP
VNC_DISCONNECTED
----------------

The connection of a VNC client was closed. Only in QEMU built with
VNC.

Data:

- "server": the address and authentication of the server end.
- "client": the client, with its x509 name or SASL user name when
  those authentication methods were used.

Since: 0.13

Example:

<- {"timestamp": {"seconds": 1796448438, "microseconds": 288843}, "event": "VNC_DISCONNECTED", "data": {"server": {"auth": "none", "family": "ipv4", "service": "5938", "host": "127.0.0.1", "websocket": false}, "client": {"family": "ipv4", "service": "43284", "host": "127.0.0.1", "websocket": false}}}

EQMP

    {
        .struct             = "MouseInfo",
        .members            = "name:str,"
                              "index:int,"
                              "current:bool,"
                              "absolute:bool",
    },

SQMP
MouseInfo
---------

A pointing device of the guest (a mouse or tablet that QEMU's input
layer can send motion to), as query-mice lists it.

Members:

- "name": the name of the device model, such as "QEMU PS/2 Mouse" or
  "QEMU HID Tablet".
- "index": the number QEMU gave the device when it was registered, by
  which HMP's "mouse_set" selects it; not a position in the list.
- "current": whether this device currently receives the mouse input
  (true for exactly one device when there is any).
- "absolute": whether the device takes absolute coordinates (a tablet
  or touch screen), so that the guest pointer can follow the client's
  pointer exactly; false for a relative mouse.

Since: 0.14

EQMP

    {
        .name               = "query-mice",
        .args_type          = "",
        .returns            = "[MouseInfo]",
    },

SQMP
query-mice
----------

List the pointing devices of the guest and tell which one receives
mouse input now. Clients use it to know whether the guest has an
absolute pointing device (for a pointer that needs no grab).

Arguments: None.

Returns: a list of MouseInfo, one per pointing device; empty when the
guest has none.

Since: 0.14

Example:

With a PS/2 mouse and a USB tablet ("-usb -device usb-tablet"):

-> {"execute": "query-mice"}
<- {"return": [{"index": 3, "name": "QEMU HID Tablet", "current": false, "absolute": true}, {"index": 2, "name": "QEMU PS/2 Mouse", "current": true, "absolute": false}]}

EQMP

    {
        .enum               = "QKeyCode",
        .prefix             = "Q_KEY_CODE",
        .values             = "unmapped,shift,shift_r,alt,alt_r,ctrl,ctrl_r,menu,esc,1,2,3,4,5,"
                              "6,7,8,9,0,minus,equal,backspace,tab,q,w,e,r,t,y,u,i,o,p,"
                              "bracket_left,bracket_right,ret,a,s,d,f,g,h,j,k,l,semicolon,"
                              "apostrophe,grave_accent,backslash,z,x,c,v,b,n,m,comma,dot,slash,"
                              "asterisk,spc,caps_lock,f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,num_lock,"
                              "scroll_lock,kp_divide,kp_multiply,kp_subtract,kp_add,kp_enter,"
                              "kp_decimal,sysrq,kp_0,kp_1,kp_2,kp_3,kp_4,kp_5,kp_6,kp_7,kp_8,"
                              "kp_9,less,f11,f12,print,home,pgup,pgdn,end,left,up,down,right,"
                              "insert,delete,stop,again,props,undo,front,copy,open,paste,find,"
                              "cut,lf,help,meta_l,meta_r,compose,pause,ro,hiragana,henkan,yen,"
                              "muhenkan,katakanahiragana,kp_comma,kp_equals,power,sleep,wake,"
                              "audionext,audioprev,audiostop,audioplay,audiomute,volumeup,"
                              "volumedown,mediaselect,mail,calculator,computer,ac_home,ac_back,"
                              "ac_forward,ac_refresh,ac_bookmarks,lang1,lang2,f13,f14,f15,f16,"
                              "f17,f18,f19,f20,f21,f22,f23,f24",
    },

SQMP
QKeyCode
--------

A key of a keyboard, named independently of any keyboard layout or
scan code set: the name says where the key is (its label on a US
keyboard), not what character it produces in the guest. Used by
send-key and input-send-event.

Values:

- "unmapped": no key: stands for keys QEMU has no code for; sending it
  has no effect (since 2.0).
- "shift": the left Shift key.
- "shift_r": the right Shift key.
- "alt": the left Alt key.
- "alt_r": the right Alt key (AltGr on many layouts).
- "ctrl": the left Ctrl key.
- "ctrl_r": the right Ctrl key.
- "menu": the Menu key.
- "esc": the Escape key.
- "1": the 1 key of the main block (the digit row).
- "2": the 2 key of the main block (the digit row).
- "3": the 3 key of the main block (the digit row).
- "4": the 4 key of the main block (the digit row).
- "5": the 5 key of the main block (the digit row).
- "6": the 6 key of the main block (the digit row).
- "7": the 7 key of the main block (the digit row).
- "8": the 8 key of the main block (the digit row).
- "9": the 9 key of the main block (the digit row).
- "0": the 0 key of the main block (the digit row).
- "minus": the - _ key of the main block.
- "equal": the = + key of the main block.
- "backspace": the Backspace key.
- "tab": the Tab key.
- "q": the Q key.
- "w": the W key.
- "e": the E key.
- "r": the R key.
- "t": the T key.
- "y": the Y key.
- "u": the U key.
- "i": the I key.
- "o": the O key.
- "p": the P key.
- "bracket_left": the [ { key.
- "bracket_right": the ] } key.
- "ret": the Return (Enter) key of the main block.
- "a": the A key.
- "s": the S key.
- "d": the D key.
- "f": the F key.
- "g": the G key.
- "h": the H key.
- "j": the J key.
- "k": the K key.
- "l": the L key.
- "semicolon": the ; : key.
- "apostrophe": the ' " key.
- "grave_accent": the ` ~ key (left of 1).
- "backslash": the \ | key.
- "z": the Z key.
- "x": the X key.
- "c": the C key.
- "v": the V key.
- "b": the B key.
- "n": the N key.
- "m": the M key.
- "comma": the , < key.
- "dot": the . > key.
- "slash": the / ? key.
- "asterisk": the * key of the keypad, the same key as "kp_multiply".
- "spc": the space bar.
- "caps_lock": the Caps Lock key.
- "f1": the function key F1.
- "f2": the function key F2.
- "f3": the function key F3.
- "f4": the function key F4.
- "f5": the function key F5.
- "f6": the function key F6.
- "f7": the function key F7.
- "f8": the function key F8.
- "f9": the function key F9.
- "f10": the function key F10.
- "num_lock": the Num Lock key.
- "scroll_lock": the Scroll Lock key.
- "kp_divide": the / key of the keypad.
- "kp_multiply": the * key of the keypad.
- "kp_subtract": the - key of the keypad.
- "kp_add": the + key of the keypad.
- "kp_enter": the Enter key of the keypad.
- "kp_decimal": the decimal point (. Del) key of the keypad.
- "sysrq": an old name for "print": QEMU turns it into "print", so the
  two are the same key. It was added to work around wrong scan codes
  for Alt+Print in the PS/2 emulation, which have since been fixed.
- "kp_0": the 0 key of the keypad.
- "kp_1": the 1 key of the keypad.
- "kp_2": the 2 key of the keypad.
- "kp_3": the 3 key of the keypad.
- "kp_4": the 4 key of the keypad.
- "kp_5": the 5 key of the keypad.
- "kp_6": the 6 key of the keypad.
- "kp_7": the 7 key of the keypad.
- "kp_8": the 8 key of the keypad.
- "kp_9": the 9 key of the keypad.
- "less": the extra key next to the left Shift of ISO (102/105-key)
  keyboards, labelled < > on many European layouts.
- "f11": the function key F11.
- "f12": the function key F12.
- "print": the Print Screen (SysRq) key.
- "home": the Home key.
- "pgup": the Page Up key.
- "pgdn": the Page Down key.
- "end": the End key.
- "left": the left arrow key.
- "up": the up arrow key.
- "down": the down arrow key.
- "right": the right arrow key.
- "insert": the Insert key.
- "delete": the Delete key of the editing block.
- "stop": the Stop key (Sun keyboards).
- "again": the Again key (Sun keyboards).
- "props": the Props key (Sun keyboards).
- "undo": the Undo key.
- "front": the Front key (Sun keyboards).
- "copy": the Copy key.
- "open": the Open key (Sun keyboards).
- "paste": the Paste key.
- "find": the Find key.
- "cut": the Cut key.
- "lf": the Line Feed key.
- "help": the Help key.
- "meta_l": the left Meta key: the left Windows (Super, GUI) key of PC
  keyboards.
- "meta_r": the right Meta key: the right Windows (Super, GUI) key of
  PC keyboards.
- "compose": the Compose key.
- "pause": the Pause (Break) key (since 2.0).
- "ro": the Japanese "ro" key of JIS keyboards (\ _) (since 2.4).
- "hiragana": the Japanese Hiragana key (since 2.9).
- "henkan": the Japanese Henkan (convert) key (since 2.9).
- "yen": the Yen key of Japanese keyboards (since 2.9).
- "muhenkan": the Japanese Muhenkan (no conversion) key (since 2.12).
- "katakanahiragana": the Japanese Katakana/Hiragana toggle key (since
  2.12).
- "kp_comma": the comma key of the keypad (Brazilian and Japanese
  keyboards) (since 2.4).
- "kp_equals": the = key of the keypad (since 2.6).
- "power": the system Power key (since 2.6).
- "sleep": the system Sleep key (since 2.10).
- "wake": the system Wake key (since 2.10).
- "audionext": the media key for the next track (since 2.10).
- "audioprev": the media key for the previous track (since 2.10).
- "audiostop": the media Stop key (since 2.10).
- "audioplay": the media Play/Pause key (since 2.10).
- "audiomute": the Mute key (since 2.10).
- "volumeup": the Volume Up key (since 2.10).
- "volumedown": the Volume Down key (since 2.10).
- "mediaselect": the Media Select key, which starts a media player
  (since 2.10).
- "mail": the key that starts the mail program (since 2.10).
- "calculator": the key that starts the calculator (since 2.10).
- "computer": the My Computer key (since 2.10).
- "ac_home": the browser Home key (since 2.10).
- "ac_back": the browser Back key (since 2.10).
- "ac_forward": the browser Forward key (since 2.10).
- "ac_refresh": the browser Refresh key (since 2.10).
- "ac_bookmarks": the browser Bookmarks (Favorites) key (since 2.10).
- "lang1": the LANG1 key of USB keyboards: the Hangul/English toggle
  of Korean keyboards, Kana on Apple's Japanese keyboards (since 6.1).
- "lang2": the LANG2 key of USB keyboards: the Hanja key of Korean
  keyboards, Eisu on Apple's Japanese keyboards (since 6.1).
- "f13": the function key F13 (since 8.0).
- "f14": the function key F14 (since 8.0).
- "f15": the function key F15 (since 8.0).
- "f16": the function key F16 (since 8.0).
- "f17": the function key F17 (since 8.0).
- "f18": the function key F18 (since 8.0).
- "f19": the function key F19 (since 8.0).
- "f20": the function key F20 (since 8.0).
- "f21": the function key F21 (since 8.0).
- "f22": the function key F22 (since 8.0).
- "f23": the function key F23 (since 8.0).
- "f24": the function key F24 (since 8.0).

Since: 1.3

EQMP

    {
        .enum               = "KeyValueKind",
        .values             = "number,qcode",
    },

SQMP
KeyValueKind
------------

How a key is identified in a KeyValue.

Values:

- "number": by a number in QEMU's own key numbering (IntWrapper).
- "qcode": by its QKeyCode name (QKeyCodeWrapper); the usual and
  recommended way.

Since: 1.3

EQMP

    {
        .struct             = "IntWrapper",
        .members            = "data:int",
    },

SQMP
IntWrapper
----------

A key given by number, the "data" of a KeyValue of type "number".

Members:

- "data": the key's number in QEMU's key numbering, which is the PC
  (XT, set 1) scan code, with 0x80 added for keys whose scan code has
  an 0xe0 prefix: 0x1e is the A key, 0x9c the keypad Enter. A number
  QEMU does not know is ignored.

Since: 1.3

EQMP

    {
        .struct             = "QKeyCodeWrapper",
        .members            = "data:QKeyCode",
    },

SQMP
QKeyCodeWrapper
---------------

A key given by name, the "data" of a KeyValue of type "qcode".

Members:

- "data": the name of the key.

Since: 1.3

EQMP

    {
        .union              = "KeyValue",
        .members            = "type:KeyValueKind",
        .discriminator      = "type",
        .variants           = "number:IntWrapper,"
                              "qcode:QKeyCodeWrapper",
    },

SQMP
KeyValue
--------

A key of the keyboard, given by name or by number:
"type": "qcode", "data": NAME or "type": "number", "data": NUMBER.

Members:

- "type": how "data" names the key.

Since: 1.3

EQMP

    {
        .name               = "send-key",
        .args_type          = "keys:[KeyValue],"
                              "hold-time:int?",
    },

SQMP
send-key
--------

Type a key combination on the guest's keyboard: press all the given
keys in the order given, hold them, then release them in reverse
order. Use it for combinations a client cannot type itself, such as
Ctrl-Alt-Delete. Keys sent while the VM is not running are dropped.
For finer control (separate presses and releases, mouse input) use
input-send-event.

Arguments:

- "keys": the keys of the combination, all held down together. A
  "qcode" key must be a QKeyCode name; a "number" key is a number in
  QEMU's key numbering (see IntWrapper).
- "hold-time": how long the keys stay pressed before they are
  released, in milliseconds. Absent means 100.

Returns: an empty object, once the keys are pressed (they are released
later).

Errors:

- GenericError when a "qcode" key is not a QKeyCode name. (QEMU's
  documentation also names a key given twice as an error; QEMU 10.0.2
  accepts it.)

Since: 1.3

Example:

-> {"execute": "send-key", "arguments": {"keys": [{"type": "qcode", "data": "ctrl"}, {"type": "qcode", "data": "alt"}, {"type": "qcode", "data": "delete"}]}}
<- {"return": {}}

The A key, by number, held for 50 ms:

-> {"execute": "send-key", "arguments": {"keys": [{"type": "number", "data": 30}], "hold-time": 50}}
<- {"return": {}}

EQMP

    {
        .enum               = "InputButton",
        .values             = "left,middle,right,wheel-up,wheel-down,side,extra,wheel-left,"
                              "wheel-right,touch",
    },

SQMP
InputButton
-----------

A button of a pointing device (mouse, tablet or touch screen). Wheel
motion is sent as presses of the wheel "buttons".

Values:

- "left": the left (primary) button.
- "middle": the middle button (often pressing the wheel).
- "right": the right (secondary) button.
- "wheel-up": one step of the wheel upwards (scrolling up).
- "wheel-down": one step of the wheel downwards (scrolling down).
- "side": the front one of the two side buttons of a 5-button mouse
  (since 2.9).
- "extra": the rear one of the two side buttons of a 5-button mouse
  (since 2.9).
- "wheel-left": one step of horizontal scrolling to the left (tilting
  the wheel).
- "wheel-right": one step of horizontal scrolling to the right.
- "touch": contact with the screen of a multi-touch device (since
  8.1).

Since: 2.0

EQMP

    {
        .enum               = "InputAxis",
        .values             = "x,y",
    },

SQMP
InputAxis
---------

An axis of pointer motion.

Values:

- "x": the horizontal axis; values grow to the right.
- "y": the vertical axis; values grow downwards.

Since: 2.0

EQMP

    {
        .enum               = "InputMultiTouchType",
        .values             = "begin,update,end,cancel,data",
    },

SQMP
InputMultiTouchType
-------------------

What a multi-touch event reports about a touch (the contact of one
finger, followed through its slot and tracking ID).

Values:

- "begin": a new touch started.
- "update": a touch in progress changed (moved).
- "end": a touch ended (the finger was lifted).
- "cancel": a touch was cancelled and should be ignored.
- "data": absolute position data of a contact.

Since: 8.1

EQMP

    {
        .struct             = "InputKeyEvent",
        .members            = "key:KeyValue,"
                              "down:bool",
    },

SQMP
InputKeyEvent
-------------

A key of the keyboard going down or up.

Members:

- "key": the key, by name or number.
- "down": true when the key is pressed, false when it is released.

Since: 2.0

EQMP

    {
        .struct             = "InputBtnEvent",
        .members            = "button:InputButton,"
                              "down:bool",
    },

SQMP
InputBtnEvent
-------------

A button of a pointing device going down or up.

Members:

- "button": the button.
- "down": true when the button is pressed, false when it is released.

Since: 2.0

EQMP

    {
        .struct             = "InputMoveEvent",
        .members            = "axis:InputAxis,"
                              "value:int",
    },

SQMP
InputMoveEvent
--------------

Pointer motion along one axis, relative or absolute.

Members:

- "axis": the axis "value" applies to.
- "value": for relative motion ("rel"), the distance to move
  (negative: to the left or up). For absolute motion ("abs"), the position on the
  screen, from 0 (left or top edge) to 0x7fff = 32767 (right or bottom
  edge), whatever the screen's resolution.

Since: 2.0

EQMP

    {
        .struct             = "InputMultiTouchEvent",
        .members            = "type:InputMultiTouchType,"
                              "slot:int,"
                              "tracking-id:int,"
                              "axis:InputAxis,"
                              "value:int",
    },

SQMP
InputMultiTouchEvent
--------------------

One event of a multi-touch device (such as virtio-multitouch): a
change of a touch, or the position of a contact along one axis.

Members:

- "type": what the event reports.
- "slot": the slot (contact number) of the device the event is about.
- "tracking-id": the ID that ties this event to the earlier events of
  the same touch.
- "axis": the axis "value" applies to.
- "value": the position of the contact along "axis".

Since: 8.1

EQMP

    {
        .enum               = "InputEventKind",
        .values             = "key,btn,rel,abs,mtt",
    },

SQMP
InputEventKind
--------------

The kinds of input event; each selects the type of the event's
"data".

Values:

- "key": a key of the keyboard goes down or up (InputKeyEvent).
- "btn": a button of a pointing device goes down or up
  (InputBtnEvent).
- "rel": relative pointer motion, as a mouse makes (InputMoveEvent).
- "abs": absolute pointer position, as a tablet or touch screen gives
  (InputMoveEvent).
- "mtt": a multi-touch event (InputMultiTouchEvent; since 8.1).

Since: 2.0

EQMP

    {
        .struct             = "InputKeyEventWrapper",
        .members            = "data:InputKeyEvent",
    },

SQMP
InputKeyEventWrapper
--------------------

The "data" of an InputEvent of type "key".

Members:

- "data": the key and whether it goes down or up.

Since: 2.0

EQMP

    {
        .struct             = "InputBtnEventWrapper",
        .members            = "data:InputBtnEvent",
    },

SQMP
InputBtnEventWrapper
--------------------

The "data" of an InputEvent of type "btn".

Members:

- "data": the button and whether it goes down or up.

Since: 2.0

EQMP

    {
        .struct             = "InputMoveEventWrapper",
        .members            = "data:InputMoveEvent",
    },

SQMP
InputMoveEventWrapper
---------------------

The "data" of an InputEvent of type "rel" or "abs".

Members:

- "data": the axis and the distance or position along it.

Since: 2.0

EQMP

    {
        .struct             = "InputMultiTouchEventWrapper",
        .members            = "data:InputMultiTouchEvent",
    },

SQMP
InputMultiTouchEventWrapper
---------------------------

The "data" of an InputEvent of type "mtt".

Members:

- "data": the multi-touch event.

Since: 8.1

EQMP

    {
        .union              = "InputEvent",
        .members            = "type:InputEventKind",
        .discriminator      = "type",
        .variants           = "key:InputKeyEventWrapper,"
                              "btn:InputBtnEventWrapper,"
                              "rel:InputMoveEventWrapper,"
                              "abs:InputMoveEventWrapper,"
                              "mtt:InputMultiTouchEventWrapper",
    },

SQMP
InputEvent
----------

One input event for input-send-event:
"type": KIND, "data": DETAILS.

Members:

- "type": the kind of event; it selects what "data" holds.

Since: 2.0

EQMP

    {
        .name               = "input-send-event",
        .args_type          = "device:str?,"
                              "head:int?,"
                              "events:[InputEvent]",
    },

SQMP
input-send-event
----------------

Send input events (key presses and releases, button presses, pointer
motion, touches) to the guest, as if they came from the user of a
display. The events of one command are delivered together, so a
position on both axes or a key combination arrives at once. Unlike
send-key, nothing is released automatically: send the "up" events
too.

Which guest input device receives the events: by default QEMU's
usual routing (the input devices that are not bound to a particular
display). With "device" (and "head") the events are sent as if they
came from that display; input devices bound to that display with
their "display" and "head" properties (a multi-seat setup) then get
them first, the others otherwise. The consoles, with their device and
head, are visible in the QOM tree under /backend/console[N].

Arguments:

- "device": the ID of the display device (graphics card) whose input
  the events are. Absent: only input devices not bound to a display
  can receive them.
- "head": the head (output) of a multi-head display device; only
  meaningful with "device". Absent means 0.
- "events": the events, delivered in order.

Returns: an empty object.

Errors:

- GenericError when the VM is not running.
- DeviceNotFound when no device has the ID "device".
- GenericError when the display device has no such head.
- GenericError when no guest input device takes events of that kind
  (for example "mtt" without a multi-touch device).

Since: 2.6

Example:

A left click on the display of device video0:

-> {"execute": "input-send-event", "arguments": {"device": "video0", "events": [{"type": "btn", "data": {"down": true, "button": "left"}}]}}
<- {"return": {}}
-> {"execute": "input-send-event", "arguments": {"device": "video0", "events": [{"type": "btn", "data": {"down": false, "button": "left"}}]}}
<- {"return": {}}

Shift-A, pressed and released:

-> {"execute": "input-send-event", "arguments": {"events": [{"type": "key", "data": {"down": true, "key": {"type": "qcode", "data": "shift"}}}, {"type": "key", "data": {"down": true, "key": {"type": "qcode", "data": "a"}}}]}}
<- {"return": {}}
-> {"execute": "input-send-event", "arguments": {"events": [{"type": "key", "data": {"down": false, "key": {"type": "qcode", "data": "a"}}}, {"type": "key", "data": {"down": false, "key": {"type": "qcode", "data": "shift"}}}]}}
<- {"return": {}}

The pointer to an absolute position (a tablet is needed for it to take
effect):

-> {"execute": "input-send-event", "arguments": {"events": [{"type": "abs", "data": {"axis": "x", "value": 20000}}, {"type": "abs", "data": {"axis": "y", "value": 400}}]}}
<- {"return": {}}

While the VM is paused:

-> {"execute": "input-send-event", "arguments": {"device": "video0", "events": [{"type": "btn", "data": {"down": true, "button": "left"}}]}}
<- {"error": {"class": "GenericError", "desc": "VM not running"}}

EQMP

    {
        .struct             = "DisplayGTK",
        .members            = "grab-on-hover:bool?,"
                              "zoom-to-fit:bool?,"
                              "show-tabs:bool?,"
                              "show-menubar:bool?",
    },

SQMP
DisplayGTK
----------

The options of the GTK display ("-display gtk,...").

Members:

- "grab-on-hover": true to grab the keyboard as soon as the mouse
  pointer is over the guest's window.
- "zoom-to-fit": true to scale the guest's display to the size of the
  host window; false to resize the window to the guest's display
  instead (since 3.1). Absent: on when the display device can tell the
  guest about window size changes (virtio-gpu), so that the guest
  adapts its resolution; off otherwise.
- "show-tabs": true to show the tab bar for switching between the
  graphical outputs and text consoles (such as the VGA output and the
  virtual console chardevs) from the start (since 7.1).
- "show-menubar": true to show the main window's menu bar (since 8.0).
  Absent means true.

Since: 2.12

EQMP

    {
        .struct             = "DisplayEGLHeadless",
        .members            = "rendernode:str?",
    },

SQMP
DisplayEGLHeadless
------------------

The options of the "egl-headless" display, which renders OpenGL on
the host's GPU without showing a window.

Members:

- "rendernode": the DRM render node to use, such as
  /dev/dri/renderD128. Absent: the first one available on the host.

Since: 3.1

EQMP

    {
        .struct             = "DisplayDBus",
        .members            = "rendernode:str?,"
                              "addr:str?,"
                              "p2p:bool?,"
                              "audiodev:str?",
    },

SQMP
DisplayDBus
-----------

The options of the D-Bus display, which exports the guest's display
(and optionally audio) as a D-Bus service for external clients.

Members:

- "rendernode": the DRM render node to use for OpenGL, such as
  /dev/dri/renderD128. Absent: the first one available on the host.
- "addr": the address of the D-Bus bus to register on. Absent: the
  session bus.
- "p2p": true to serve clients over direct peer-to-peer D-Bus
  connections, which are handed over with add_client, instead of a
  bus.
- "audiodev": the ID of an audiodev of driver "dbus" through which the
  guest's audio is exported as well.

Since: 7.0

EQMP

    {
        .enum               = "DisplayGLMode",
        .values             = "off,on,core,es",
    },

SQMP
DisplayGLMode
-------------

Whether and how a display uses OpenGL.

Values:

- "off": no OpenGL (the default).
- "on": use OpenGL and let QEMU pick the kind of context. (It would be
  "auto", but keeps the name "on" for compatibility with the time this
  was a boolean.)
- "core": use OpenGL with a core (desktop) profile context.
- "es": use OpenGL ES (embedded systems) context.

Since: 3.0

EQMP

    {
        .struct             = "DisplayCurses",
        .members            = "charset:str?",
    },

SQMP
DisplayCurses
-------------

The options of the curses display, which shows the guest's text mode
screen in the host terminal.

Members:

- "charset": the character set (code page) the guest uses for its text
  screen, so that QEMU can show its characters correctly. Absent means
  "CP437", the code page of the original PC.

Since: 4.0

EQMP

    {
        .struct             = "DisplayCocoa",
        .members            = "left-command-key:bool?,"
                              "full-grab:bool?,"
                              "swap-opt-cmd:bool?,"
                              "zoom-to-fit:bool?,"
                              "zoom-interpolation:bool?",
    },

SQMP
DisplayCocoa
------------

The options of the Cocoa display (the native display of macOS hosts).

Members:

- "left-command-key": true to pass the left Command key to the guest;
  false to keep it for the host, so that Command-Tab switches windows
  on the host. Absent means true.
- "full-grab": true to capture every key press while the input is
  grabbed, system key combinations included. It needs the macOS
  accessibility permission, as it grabs key events system-wide.
  Absent means false.
- "swap-opt-cmd": true to swap the Option and Command keys, so that
  they give the key codes of the keys at their position on a non-Mac
  keyboard (Meta/Super and Alt where they are expected). Absent means
  false.
- "zoom-to-fit": true to scale the guest's display to the host window;
  false to resize the window instead (since 8.2). Absent means false.
- "zoom-interpolation": true to smooth the scaled picture by
  interpolation when "zoom-to-fit" is on (since 9.0). Absent means
  false.

Since: 7.0

EQMP

    {
        .enum               = "HotKeyMod",
        .values             = "lctrl-lalt,lshift-lctrl-lalt,rctrl",
    },

SQMP
HotKeyMod
---------

The modifier keys to hold for the keyboard shortcuts of the SDL
display.

Values:

- "lctrl-lalt": left Ctrl and left Alt.
- "lshift-lctrl-lalt": left Shift, left Ctrl and left Alt.
- "rctrl": right Ctrl alone.

Since: 7.1

EQMP

    {
        .struct             = "DisplaySDL",
        .members            = "grab-mod:HotKeyMod?",
    },

SQMP
DisplaySDL
----------

The options of the SDL display (SDL2).

Members:

- "grab-mod": the modifier keys to hold together with the G key to
  release the mouse grab (and for the display's other hot keys).
  Absent: left Ctrl and left Alt.

Since: 7.1

EQMP

    {
        .enum               = "DisplayType",
        .values             = "default,none,"
#if defined(CONFIG_GTK)
                              "gtk,"
#endif
#if defined(CONFIG_SDL)
                              "sdl,"
#endif
#if defined(CONFIG_OPENGL)
                              "egl-headless,"
#endif
#if defined(CONFIG_CURSES)
                              "curses,"
#endif
#if defined(CONFIG_COCOA)
                              "cocoa,"
#endif
#if defined(CONFIG_SPICE)
                              "spice-app,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus"
#endif
                              "",
    },

SQMP
DisplayType
-----------

The kinds of local display (user interface) QEMU can show the guest
with; the value of "-display". Most exist only when QEMU was built
with them ("-display help" lists those of a given QEMU).

Values:

- "default": the default user interface: the first available of gtk,
  sdl, cocoa and vnc.
- "none": no window and no video output. The guest still has its
  graphics card, but nothing of it is shown to the user of QEMU
  (remote displays such as VNC still work).
- "gtk": the GTK user interface (DisplayGTK).
- "sdl": the SDL user interface (DisplaySDL).
- "egl-headless": no user interface; OpenGL rendering is done on a
  local GPU (DRI render node), for remote displays, so it needs VNC or
  Spice to be seen (DisplayEGLHeadless; since 3.1).
- "curses": shows the guest's text mode output in the host terminal
  with curses/ncurses (DisplayCurses). Only graphics devices with a
  text mode (generally the VGA models) are shown, and nothing while
  the guest is in a graphics mode.
- "cocoa": the Cocoa user interface of macOS (DisplayCocoa).
- "spice-app": starts a Spice server and the host's default Spice
  client application connected to it; the serial console and QEMU's
  monitors are made available in it too (since 4.0).
- "dbus": exports the display as a D-Bus service (DisplayDBus; since
  7.0).

Since: 2.12

EQMP

    {
        .union              = "DisplayOptions",
        .members            = "type:DisplayType,"
                              "full-screen:bool?,"
                              "window-close:bool?,"
                              "show-cursor:bool?,"
                              "gl:DisplayGLMode?",
        .discriminator      = "type",
        .variants           = ""
#if defined(CONFIG_GTK)
                              "gtk:DisplayGTK,"
#endif
#if defined(CONFIG_COCOA)
                              "cocoa:DisplayCocoa,"
#endif
#if defined(CONFIG_CURSES)
                              "curses:DisplayCurses,"
#endif
#if defined(CONFIG_OPENGL)
                              "egl-headless:DisplayEGLHeadless,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus:DisplayDBus,"
#endif
#if defined(CONFIG_SDL)
                              "sdl:DisplaySDL"
#endif
                              "",
    },

SQMP
DisplayOptions
--------------

The options of the local display, as "-display" sets them and
query-display-options reports them. The further members depend on
"type".

Members:

- "type": the kind of display; "gtk", "sdl", "egl-headless",
  "curses", "cocoa" and "dbus" add the members of their own options
  type (see DisplayType); "default", "none" and "spice-app" add none.
- "full-screen": true to start the display in full-screen mode.
  Absent means false.
- "window-close": true to let closing the display window quit QEMU.
  Absent means true.
- "show-cursor": true to always show the mouse pointer (since 5.0).
  Absent means false.
- "gl": whether the display uses OpenGL. Absent means "off".

Since: 2.12

EQMP

    {
        .name               = "query-display-options",
        .args_type          = "",
        .returns            = "DisplayOptions",
    },

SQMP
query-display-options
---------------------

Report the options of the local display ("-display") QEMU was started
with.

Arguments: None.

Returns: a DisplayOptions with the display type and the options given
for it.

Since: 3.1

Example:

QEMU started with "-display none":

-> {"execute": "query-display-options"}
<- {"return": {"type": "none"}}

EQMP

    {
        .enum               = "DisplayReloadType",
        .values             = "vnc",
    },

SQMP
DisplayReloadType
-----------------

The displays whose configuration display-reload can reload.

Values:

- "vnc": the VNC server (DisplayReloadOptionsVNC).

Since: 6.0

EQMP

    {
        .struct             = "DisplayReloadOptionsVNC",
        .members            = "tls-certs:bool?",
    },

SQMP
DisplayReloadOptionsVNC
-----------------------

What display-reload reloads for the VNC server.

Members:

- "tls-certs": true to read the TLS certificates and keys of the VNC
  server's TLS credentials again, for example after they were renewed;
  new connections use them. Absent means false: nothing is reloaded.

Since: 6.0

EQMP

    {
        .union              = "DisplayReloadOptions",
        .members            = "type:DisplayReloadType",
        .discriminator      = "type",
        .variants           = "vnc:DisplayReloadOptionsVNC",
    },

SQMP
DisplayReloadOptions
--------------------

The arguments of display-reload: which display to reload and what.

Members:

- "type": the display whose configuration to reload; it selects the
  further members.

Since: 6.0

EQMP

    {
        .name               = "display-reload",
        .args               = "DisplayReloadOptions",
        .boxed              = true,
    },

SQMP
display-reload
--------------

Reload parts of a display's configuration while QEMU runs, such as the
TLS certificates of the VNC server after they were renewed on disk.

Arguments: a DisplayReloadOptions object: "type" ("vnc") and, for VNC,
the optional "tls-certs".

Returns: an empty object.

Errors:

- GenericError when "tls-certs" is true but the VNC server does not
  use TLS.

Since: 6.0

Example:

-> {"execute": "display-reload", "arguments": {"type": "vnc", "tls-certs": false}}
<- {"return": {}}

A VNC server without TLS:

-> {"execute": "display-reload", "arguments": {"type": "vnc", "tls-certs": true}}
<- {"error": {"class": "GenericError", "desc": "vnc tls is not enabled"}}

EQMP

    {
        .enum               = "DisplayUpdateType",
        .values             = "vnc",
    },

SQMP
DisplayUpdateType
-----------------

The displays whose configuration display-update can change.

Values:

- "vnc": the VNC server (DisplayUpdateOptionsVNC).

Since: 7.1

EQMP

    {
        .struct             = "DisplayUpdateOptionsVNC",
        .members            = "addresses:[SocketAddress]?",
    },

SQMP
DisplayUpdateOptionsVNC
-----------------------

What display-update changes on the VNC server.

Members:

- "addresses": the new set of addresses to listen on, which replaces
  the current one (an empty list stops listening). The WebSocket
  listeners are left as they are. Absent: the addresses do not change.

Since: 7.1

EQMP

    {
        .union              = "DisplayUpdateOptions",
        .members            = "type:DisplayUpdateType",
        .discriminator      = "type",
        .variants           = "vnc:DisplayUpdateOptionsVNC",
    },

SQMP
DisplayUpdateOptions
--------------------

The arguments of display-update: which display to change and how.

Members:

- "type": the display to change; it selects the further members.

Since: 7.1

EQMP

    {
        .name               = "display-update",
        .args               = "DisplayUpdateOptions",
        .boxed              = true,
    },

SQMP
display-update
--------------

Change a display's configuration while QEMU runs: for VNC, the
addresses the server listens on.

Arguments: a DisplayUpdateOptions object: "type" ("vnc") and, for VNC,
the optional "addresses".

Returns: an empty object.

Errors:

- GenericError when QEMU has no VNC display.
- GenericError when the server cannot listen on a new address.

Since: 7.1

Example:

-> {"execute": "display-update", "arguments": {"type": "vnc", "addresses": [{"type": "inet", "host": "127.0.0.1", "port": "5938"}]}}
<- {"return": {}}

A Unix domain socket instead:

-> {"execute": "display-update", "arguments": {"type": "vnc", "addresses": [{"type": "unix", "path": "/tmp/docsui/vnc1-ui.sock"}]}}
<- {"return": {}}

Without a VNC display:

-> {"execute": "display-update", "arguments": {"type": "vnc", "addresses": [{"type": "inet", "host": "127.0.0.1", "port": "5939"}]}}
<- {"error": {"class": "GenericError", "desc": "Can not find vnc display"}}

EQMP

    {
        .name               = "client_migrate_info",
        .args_type          = "protocol:str,"
                              "hostname:str,"
                              "port:int?,"
                              "tls-port:int?,"
                              "cert-subject:str?",
    },

SQMP
client_migrate_info
-------------------

Tell the remote display's clients where the VM is being migrated to,
so that once the migration has succeeded the server asks them to
reconnect to the destination by themselves. Send it before starting
the migration. Implemented for Spice only.

Arguments:

- "protocol": the display protocol; must be "spice".
- "hostname": the host name or address of the migration destination,
  as the clients should reach it.
- "port": the destination's Spice port for plain-text channels.
- "tls-port": the destination's Spice port for TLS-secured channels.
- "cert-subject": the subject of the destination server's TLS
  certificate, which the clients should expect when they reconnect.

Returns: an empty object.

Errors:

- DeviceNotActive when Spice is not in use.
- GenericError when "protocol" is not "spice".

Since: 0.14

Example:

-> {"execute": "client_migrate_info", "arguments": {"protocol": "spice", "hostname": "dst.example.org", "port": 5930}}
<- {"error": {"class": "DeviceNotActive", "desc": "SPICE is not in use"}}

Example:

(Written from the schema, not captured from a server.)

With a Spice server:

-> {"execute": "client_migrate_info", "arguments": {"protocol": "spice", "hostname": "dst.example.org", "port": 5930, "tls-port": 5931}}
<- {"return": {}}

EQMP

