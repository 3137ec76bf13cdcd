HXCOMM Area 'ui'.

    {
        .enum               = "DisplayProtocol",
        .values             = "vnc,spice",
    },

SQMP
DisplayProtocol
---------------

TODO

Values:

- "vnc": TODO
- "spice": TODO

Since: 7.0

EQMP

    {
        .enum               = "SetPasswordAction",
        .values             = "keep,fail,disconnect",
    },

SQMP
SetPasswordAction
-----------------

TODO

Values:

- "keep": TODO
- "fail": TODO
- "disconnect": TODO

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

TODO

Members:

- "protocol": TODO
- "password": TODO
- "connected": TODO

Since: 7.0

EQMP

    {
        .struct             = "SetPasswordOptionsVnc",
        .members            = "display:str?",
    },

SQMP
SetPasswordOptionsVnc
---------------------

TODO

Members:

- "display": TODO

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

TODO

Since: 0.14

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

TODO

Members:

- "protocol": TODO
- "time": TODO

Since: 7.0

EQMP

    {
        .struct             = "ExpirePasswordOptionsVnc",
        .members            = "display:str?",
    },

SQMP
ExpirePasswordOptionsVnc
------------------------

TODO

Members:

- "display": TODO

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

TODO

Since: 0.14

EQMP

    {
        .enum               = "ImageFormat",
        .values             = "ppm,png",
    },

SQMP
ImageFormat
-----------

The picture formats of "screendump".

Values:

- "ppm": TODO
- "png": TODO

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

Save the picture of a display to a file on the host.

Arguments:

- "filename": the file to write (json-string)
- "device": the display device; the first console when absent (json-string,
  optional)
- "head": the head of a multi-head display device (needs "device")
  (json-int, optional)
- "format": the image format (default ppm) (json-string, ImageFormat,
  optional)

Returns: an empty object

Example: -> { "execute": "screendump", "arguments": { "filename": "/tmp/screen.png", "format": "png" } }
<- { "return": {} }

Since: 0.14

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

TODO

Members:

- "host": TODO
- "port": TODO
- "family": TODO

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

TODO

Members:

- "auth": TODO

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

TODO

Members:

- "connection-id": TODO
- "channel-type": TODO
- "channel-id": TODO
- "tls": TODO

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

TODO

Values:

- "client": TODO
- "server": TODO
- "unknown": TODO

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

TODO

Members:

- "enabled": TODO
- "migrated": TODO
- "host": TODO
- "port": TODO
- "tls-port": TODO
- "auth": TODO
- "compiled-version": TODO
- "mouse-mode": TODO
- "channels": TODO

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

TODO

Returns: SpiceInfo. TODO

Since: 0.14

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.14

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.14

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.14

EQMP

#if defined(CONFIG_SPICE)
    {
        .event              = "SPICE_MIGRATE_COMPLETED",
    },
#endif

SQMP
SPICE_MIGRATE_COMPLETED
-----------------------

TODO

Since: 1.3

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

A structure used by VncClientInfo.

Members:

- "host": TODO
- "service": TODO
- "family": TODO
- "websocket": TODO

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

TODO

Members:

- "auth": TODO

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

A structure used by VncInfo.

Members:

- "x509_dname": TODO
- "sasl_username": TODO

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

The VNC server's state and clients.

Members:

- "enabled": TODO
- "host": TODO
- "family": TODO
- "service": TODO
- "auth": TODO
- "clients": TODO

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

TODO

Values:

- "none": TODO
- "vnc": TODO
- "ra2": TODO
- "ra2ne": TODO
- "tight": TODO
- "ultra": TODO
- "tls": TODO
- "vencrypt": TODO
- "sasl": TODO

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

TODO

Values:

- "plain": TODO
- "tls-none": TODO
- "x509-none": TODO
- "tls-vnc": TODO
- "x509-vnc": TODO
- "tls-plain": TODO
- "x509-plain": TODO
- "tls-sasl": TODO
- "x509-sasl": TODO

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

TODO

Members:

- "auth": TODO
- "vencrypt": TODO

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

TODO

Members:

- "id": TODO
- "server": TODO
- "clients": TODO
- "auth": TODO
- "vencrypt": TODO
- "display": TODO

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

Report the VNC server's address, authentication and connected clients.

Arguments: None.

Returns: VncInfo

Example: -> { "execute": "query-vnc" }
<- { "return": { "enabled": false } }

Since: 0.14

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

TODO

Returns: [VncInfo2]. TODO

Since: 2.3

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

TODO

Arguments:

- "password": TODO

Since: 1.1

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.13

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.13

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

TODO

Data:

- "server": TODO
- "client": TODO

Since: 0.13

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

A pointing device of the guest.

Members:

- "name": TODO
- "index": TODO
- "current": TODO
- "absolute": TODO

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

List the pointing devices the guest has, and which one receives mouse input.

Arguments: None.

Returns: [MouseInfo]

Example: -> { "execute": "query-mice" }
<- { "return": [ { "name": "QEMU PS/2 Mouse", "index": 0, "current": true, "absolute": false } ] }

Since: 0.14

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

TODO

Values:

- "unmapped": TODO
- "shift": TODO
- "shift_r": TODO
- "alt": TODO
- "alt_r": TODO
- "ctrl": TODO
- "ctrl_r": TODO
- "menu": TODO
- "esc": TODO
- "1": TODO
- "2": TODO
- "3": TODO
- "4": TODO
- "5": TODO
- "6": TODO
- "7": TODO
- "8": TODO
- "9": TODO
- "0": TODO
- "minus": TODO
- "equal": TODO
- "backspace": TODO
- "tab": TODO
- "q": TODO
- "w": TODO
- "e": TODO
- "r": TODO
- "t": TODO
- "y": TODO
- "u": TODO
- "i": TODO
- "o": TODO
- "p": TODO
- "bracket_left": TODO
- "bracket_right": TODO
- "ret": TODO
- "a": TODO
- "s": TODO
- "d": TODO
- "f": TODO
- "g": TODO
- "h": TODO
- "j": TODO
- "k": TODO
- "l": TODO
- "semicolon": TODO
- "apostrophe": TODO
- "grave_accent": TODO
- "backslash": TODO
- "z": TODO
- "x": TODO
- "c": TODO
- "v": TODO
- "b": TODO
- "n": TODO
- "m": TODO
- "comma": TODO
- "dot": TODO
- "slash": TODO
- "asterisk": TODO
- "spc": TODO
- "caps_lock": TODO
- "f1": TODO
- "f2": TODO
- "f3": TODO
- "f4": TODO
- "f5": TODO
- "f6": TODO
- "f7": TODO
- "f8": TODO
- "f9": TODO
- "f10": TODO
- "num_lock": TODO
- "scroll_lock": TODO
- "kp_divide": TODO
- "kp_multiply": TODO
- "kp_subtract": TODO
- "kp_add": TODO
- "kp_enter": TODO
- "kp_decimal": TODO
- "sysrq": TODO
- "kp_0": TODO
- "kp_1": TODO
- "kp_2": TODO
- "kp_3": TODO
- "kp_4": TODO
- "kp_5": TODO
- "kp_6": TODO
- "kp_7": TODO
- "kp_8": TODO
- "kp_9": TODO
- "less": TODO
- "f11": TODO
- "f12": TODO
- "print": TODO
- "home": TODO
- "pgup": TODO
- "pgdn": TODO
- "end": TODO
- "left": TODO
- "up": TODO
- "down": TODO
- "right": TODO
- "insert": TODO
- "delete": TODO
- "stop": TODO
- "again": TODO
- "props": TODO
- "undo": TODO
- "front": TODO
- "copy": TODO
- "open": TODO
- "paste": TODO
- "find": TODO
- "cut": TODO
- "lf": TODO
- "help": TODO
- "meta_l": TODO
- "meta_r": TODO
- "compose": TODO
- "pause": TODO
- "ro": TODO
- "hiragana": TODO
- "henkan": TODO
- "yen": TODO
- "muhenkan": TODO
- "katakanahiragana": TODO
- "kp_comma": TODO
- "kp_equals": TODO
- "power": TODO
- "sleep": TODO
- "wake": TODO
- "audionext": TODO
- "audioprev": TODO
- "audiostop": TODO
- "audioplay": TODO
- "audiomute": TODO
- "volumeup": TODO
- "volumedown": TODO
- "mediaselect": TODO
- "mail": TODO
- "calculator": TODO
- "computer": TODO
- "ac_home": TODO
- "ac_back": TODO
- "ac_forward": TODO
- "ac_refresh": TODO
- "ac_bookmarks": TODO
- "lang1": TODO
- "lang2": TODO
- "f13": TODO
- "f14": TODO
- "f15": TODO
- "f16": TODO
- "f17": TODO
- "f18": TODO
- "f19": TODO
- "f20": TODO
- "f21": TODO
- "f22": TODO
- "f23": TODO
- "f24": TODO

Since: 1.3

EQMP

    {
        .enum               = "KeyValueKind",
        .values             = "number,qcode",
    },

SQMP
KeyValueKind
------------

TODO

Values:

- "number": TODO
- "qcode": TODO

Since: 1.3

EQMP

    {
        .struct             = "IntWrapper",
        .members            = "data:int",
    },

SQMP
IntWrapper
----------

TODO

Members:

- "data": TODO

Since: 1.3

EQMP

    {
        .struct             = "QKeyCodeWrapper",
        .members            = "data:QKeyCode",
    },

SQMP
QKeyCodeWrapper
---------------

TODO

Members:

- "data": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Arguments:

- "keys": TODO
- "hold-time": TODO

Since: 1.3

EQMP

    {
        .enum               = "InputButton",
        .values             = "left,middle,right,wheel-up,wheel-down,side,extra,wheel-left,"
                              "wheel-right,touch",
    },

SQMP
InputButton
-----------

TODO

Values:

- "left": TODO
- "middle": TODO
- "right": TODO
- "wheel-up": TODO
- "wheel-down": TODO
- "side": TODO
- "extra": TODO
- "wheel-left": TODO
- "wheel-right": TODO
- "touch": TODO

Since: 2.0

EQMP

    {
        .enum               = "InputAxis",
        .values             = "x,y",
    },

SQMP
InputAxis
---------

TODO

Values:

- "x": TODO
- "y": TODO

Since: 2.0

EQMP

    {
        .enum               = "InputMultiTouchType",
        .values             = "begin,update,end,cancel,data",
    },

SQMP
InputMultiTouchType
-------------------

TODO

Values:

- "begin": TODO
- "update": TODO
- "end": TODO
- "cancel": TODO
- "data": TODO

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

TODO

Members:

- "key": TODO
- "down": TODO

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

TODO

Members:

- "button": TODO
- "down": TODO

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

TODO

Members:

- "axis": TODO
- "value": TODO

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

TODO

Members:

- "type": TODO
- "slot": TODO
- "tracking-id": TODO
- "axis": TODO
- "value": TODO

Since: 8.1

EQMP

    {
        .enum               = "InputEventKind",
        .values             = "key,btn,rel,abs,mtt",
    },

SQMP
InputEventKind
--------------

TODO

Values:

- "key": TODO
- "btn": TODO
- "rel": TODO
- "abs": TODO
- "mtt": TODO

Since: 2.0

EQMP

    {
        .struct             = "InputKeyEventWrapper",
        .members            = "data:InputKeyEvent",
    },

SQMP
InputKeyEventWrapper
--------------------

TODO

Members:

- "data": TODO

Since: 2.0

EQMP

    {
        .struct             = "InputBtnEventWrapper",
        .members            = "data:InputBtnEvent",
    },

SQMP
InputBtnEventWrapper
--------------------

TODO

Members:

- "data": TODO

Since: 2.0

EQMP

    {
        .struct             = "InputMoveEventWrapper",
        .members            = "data:InputMoveEvent",
    },

SQMP
InputMoveEventWrapper
---------------------

TODO

Members:

- "data": TODO

Since: 2.0

EQMP

    {
        .struct             = "InputMultiTouchEventWrapper",
        .members            = "data:InputMultiTouchEvent",
    },

SQMP
InputMultiTouchEventWrapper
---------------------------

TODO

Members:

- "data": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Arguments:

- "device": TODO
- "head": TODO
- "events": TODO

Since: 2.6

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

A structure used by DisplayOptions.

Members:

- "grab-on-hover": TODO
- "zoom-to-fit": TODO
- "show-tabs": TODO
- "show-menubar": TODO

Since: 2.12

EQMP

    {
        .struct             = "DisplayEGLHeadless",
        .members            = "rendernode:str?",
    },

SQMP
DisplayEGLHeadless
------------------

A structure used by DisplayOptions.

Members:

- "rendernode": TODO

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

A structure used by DisplayOptions.

Members:

- "rendernode": TODO
- "addr": TODO
- "p2p": TODO
- "audiodev": TODO

Since: 7.0

EQMP

    {
        .enum               = "DisplayGLMode",
        .values             = "off,on,core,es",
    },

SQMP
DisplayGLMode
-------------

An enumeration used by DisplayOptions.

Values:

- "off": TODO
- "on": TODO
- "core": TODO
- "es": TODO

Since: 3.0

EQMP

    {
        .struct             = "DisplayCurses",
        .members            = "charset:str?",
    },

SQMP
DisplayCurses
-------------

A structure used by DisplayOptions.

Members:

- "charset": TODO

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

TODO

Members:

- "left-command-key": TODO
- "full-grab": TODO
- "swap-opt-cmd": TODO
- "zoom-to-fit": TODO
- "zoom-interpolation": TODO

Since: 7.0

EQMP

    {
        .enum               = "HotKeyMod",
        .values             = "lctrl-lalt,lshift-lctrl-lalt,rctrl",
    },

SQMP
HotKeyMod
---------

An enumeration used by DisplaySDL.

Values:

- "lctrl-lalt": TODO
- "lshift-lctrl-lalt": TODO
- "rctrl": TODO

Since: 7.1

EQMP

    {
        .struct             = "DisplaySDL",
        .members            = "grab-mod:HotKeyMod?",
    },

SQMP
DisplaySDL
----------

A structure used by DisplayOptions.

Members:

- "grab-mod": TODO

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

An enumeration used by DisplayOptions.

Values:

- "default": TODO
- "none": TODO
- "gtk": TODO
- "sdl": TODO
- "egl-headless": TODO
- "curses": TODO
- "cocoa": TODO
- "spice-app": TODO
- "dbus": TODO

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

The display options QEMU was started with, selected by "type".

Members:

- "type": TODO
- "full-screen": TODO
- "window-close": TODO
- "show-cursor": TODO
- "gl": TODO

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

Report the display options QEMU was started with.

Arguments: None.

Returns: DisplayOptions

Example: -> { "execute": "query-display-options" }
<- { "return": { "type": "none" } }

Since: 3.1

EQMP

    {
        .enum               = "DisplayReloadType",
        .values             = "vnc",
    },

SQMP
DisplayReloadType
-----------------

TODO

Values:

- "vnc": TODO

Since: 6.0

EQMP

    {
        .struct             = "DisplayReloadOptionsVNC",
        .members            = "tls-certs:bool?",
    },

SQMP
DisplayReloadOptionsVNC
-----------------------

TODO

Members:

- "tls-certs": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Since: 6.0

EQMP

    {
        .enum               = "DisplayUpdateType",
        .values             = "vnc",
    },

SQMP
DisplayUpdateType
-----------------

TODO

Values:

- "vnc": TODO

Since: 7.1

EQMP

    {
        .struct             = "DisplayUpdateOptionsVNC",
        .members            = "addresses:[SocketAddress]?",
    },

SQMP
DisplayUpdateOptionsVNC
-----------------------

TODO

Members:

- "addresses": TODO

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

TODO

Members:

- "type": TODO

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

TODO

Since: 7.1

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

TODO

Arguments:

- "protocol": TODO
- "hostname": TODO
- "port": TODO
- "tls-port": TODO
- "cert-subject": TODO

Since: 0.14

EQMP

