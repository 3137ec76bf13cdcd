HXCOMM Area 'audio'.

    {
        .struct             = "AudiodevPerDirectionOptions",
        .members            = "mixing-engine:bool?,"
                              "fixed-settings:bool?,"
                              "frequency:uint32?,"
                              "channels:uint32?,"
                              "voices:uint32?,"
                              "format:AudioFormat?,"
                              "buffer-length:uint32?",
    },

SQMP
AudiodevPerDirectionOptions
---------------------------

TODO

Members:

- "mixing-engine": TODO
- "fixed-settings": TODO
- "frequency": TODO
- "channels": TODO
- "voices": TODO
- "format": TODO
- "buffer-length": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevGenericOptions",
        .members            = "in:AudiodevPerDirectionOptions?,"
                              "out:AudiodevPerDirectionOptions?",
    },

SQMP
AudiodevGenericOptions
----------------------

TODO

Members:

- "in": TODO
- "out": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevDBusOptions",
        .members            = "in:AudiodevPerDirectionOptions?,"
                              "out:AudiodevPerDirectionOptions?,"
                              "nsamples:uint32?",
    },

SQMP
AudiodevDBusOptions
-------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "nsamples": TODO

Since: 10.0

EQMP

    {
        .struct             = "AudiodevAlsaPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "dev:str?,"
                              "period-length:uint32?,"
                              "try-poll:bool?",
    },

SQMP
AudiodevAlsaPerDirectionOptions
-------------------------------

TODO

Members:

- "dev": TODO
- "period-length": TODO
- "try-poll": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevAlsaOptions",
        .members            = "in:AudiodevAlsaPerDirectionOptions?,"
                              "out:AudiodevAlsaPerDirectionOptions?,"
                              "threshold:uint32?",
    },

SQMP
AudiodevAlsaOptions
-------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "threshold": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevSndioOptions",
        .members            = "in:AudiodevPerDirectionOptions?,"
                              "out:AudiodevPerDirectionOptions?,"
                              "dev:str?,"
                              "latency:uint32?",
    },

SQMP
AudiodevSndioOptions
--------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "dev": TODO
- "latency": TODO

Since: 7.2

EQMP

    {
        .struct             = "AudiodevCoreaudioPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "buffer-count:uint32?",
    },

SQMP
AudiodevCoreaudioPerDirectionOptions
------------------------------------

TODO

Members:

- "buffer-count": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevCoreaudioOptions",
        .members            = "in:AudiodevCoreaudioPerDirectionOptions?,"
                              "out:AudiodevCoreaudioPerDirectionOptions?",
    },

SQMP
AudiodevCoreaudioOptions
------------------------

TODO

Members:

- "in": TODO
- "out": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevDsoundOptions",
        .members            = "in:AudiodevPerDirectionOptions?,"
                              "out:AudiodevPerDirectionOptions?,"
                              "latency:uint32?",
    },

SQMP
AudiodevDsoundOptions
---------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "latency": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevJackPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "server-name:str?,"
                              "client-name:str?,"
                              "connect-ports:str?,"
                              "start-server:bool?,"
                              "exact-name:bool?",
    },

SQMP
AudiodevJackPerDirectionOptions
-------------------------------

TODO

Members:

- "server-name": TODO
- "client-name": TODO
- "connect-ports": TODO
- "start-server": TODO
- "exact-name": TODO

Since: 5.1

EQMP

    {
        .struct             = "AudiodevJackOptions",
        .members            = "in:AudiodevJackPerDirectionOptions?,"
                              "out:AudiodevJackPerDirectionOptions?",
    },

SQMP
AudiodevJackOptions
-------------------

TODO

Members:

- "in": TODO
- "out": TODO

Since: 5.1

EQMP

    {
        .struct             = "AudiodevOssPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "dev:str?,"
                              "buffer-count:uint32?,"
                              "try-poll:bool?",
    },

SQMP
AudiodevOssPerDirectionOptions
------------------------------

TODO

Members:

- "dev": TODO
- "buffer-count": TODO
- "try-poll": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevOssOptions",
        .members            = "in:AudiodevOssPerDirectionOptions?,"
                              "out:AudiodevOssPerDirectionOptions?,"
                              "try-mmap:bool?,"
                              "exclusive:bool?,"
                              "dsp-policy:uint32?",
    },

SQMP
AudiodevOssOptions
------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "try-mmap": TODO
- "exclusive": TODO
- "dsp-policy": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevPaPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "name:str?,"
                              "stream-name:str?,"
                              "latency:uint32?",
    },

SQMP
AudiodevPaPerDirectionOptions
-----------------------------

TODO

Members:

- "name": TODO
- "stream-name": TODO
- "latency": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevPaOptions",
        .members            = "in:AudiodevPaPerDirectionOptions?,"
                              "out:AudiodevPaPerDirectionOptions?,"
                              "server:str?",
    },

SQMP
AudiodevPaOptions
-----------------

TODO

Members:

- "in": TODO
- "out": TODO
- "server": TODO

Since: 4.0

EQMP

    {
        .struct             = "AudiodevPipewirePerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "name:str?,"
                              "stream-name:str?,"
                              "latency:uint32?",
    },

SQMP
AudiodevPipewirePerDirectionOptions
-----------------------------------

TODO

Members:

- "name": TODO
- "stream-name": TODO
- "latency": TODO

Since: 8.1

EQMP

    {
        .struct             = "AudiodevPipewireOptions",
        .members            = "in:AudiodevPipewirePerDirectionOptions?,"
                              "out:AudiodevPipewirePerDirectionOptions?",
    },

SQMP
AudiodevPipewireOptions
-----------------------

TODO

Members:

- "in": TODO
- "out": TODO

Since: 8.1

EQMP

    {
        .struct             = "AudiodevSdlPerDirectionOptions",
        .base               = "AudiodevPerDirectionOptions",
        .members            = "buffer-count:uint32?",
    },

SQMP
AudiodevSdlPerDirectionOptions
------------------------------

TODO

Members:

- "buffer-count": TODO

Since: 6.0

EQMP

    {
        .struct             = "AudiodevSdlOptions",
        .members            = "in:AudiodevSdlPerDirectionOptions?,"
                              "out:AudiodevSdlPerDirectionOptions?",
    },

SQMP
AudiodevSdlOptions
------------------

TODO

Members:

- "in": TODO
- "out": TODO

Since: 6.0

EQMP

    {
        .struct             = "AudiodevWavOptions",
        .members            = "in:AudiodevPerDirectionOptions?,"
                              "out:AudiodevPerDirectionOptions?,"
                              "path:str?",
    },

SQMP
AudiodevWavOptions
------------------

TODO

Members:

- "in": TODO
- "out": TODO
- "path": TODO

Since: 4.0

EQMP

    {
        .enum               = "AudioFormat",
        .values             = "u8,s8,u16,s16,u32,s32,f32",
    },

SQMP
AudioFormat
-----------

TODO

Values:

- "u8": TODO
- "s8": TODO
- "u16": TODO
- "s16": TODO
- "u32": TODO
- "s32": TODO
- "f32": TODO

Since: 4.0

EQMP

    {
        .enum               = "AudiodevDriver",
        .values             = "none,"
#if defined(CONFIG_AUDIO_ALSA)
                              "alsa,"
#endif
#if defined(CONFIG_AUDIO_COREAUDIO)
                              "coreaudio,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus,"
#endif
#if defined(CONFIG_AUDIO_DSOUND)
                              "dsound,"
#endif
#if defined(CONFIG_AUDIO_JACK)
                              "jack,"
#endif
#if defined(CONFIG_AUDIO_OSS)
                              "oss,"
#endif
#if defined(CONFIG_AUDIO_PA)
                              "pa,"
#endif
#if defined(CONFIG_AUDIO_PIPEWIRE)
                              "pipewire,"
#endif
#if defined(CONFIG_AUDIO_SDL)
                              "sdl,"
#endif
#if defined(CONFIG_AUDIO_SNDIO)
                              "sndio,"
#endif
#if defined(CONFIG_SPICE)
                              "spice,"
#endif
                              "wav",
    },

SQMP
AudiodevDriver
--------------

TODO

Values:

- "none": TODO
- "alsa": TODO
- "coreaudio": TODO
- "dbus": TODO
- "dsound": TODO
- "jack": TODO
- "oss": TODO
- "pa": TODO
- "pipewire": TODO
- "sdl": TODO
- "sndio": TODO
- "spice": TODO
- "wav": TODO

Since: 4.0

EQMP

    {
        .union              = "Audiodev",
        .members            = "id:str,"
                              "driver:AudiodevDriver,"
                              "timer-period:uint32?",
        .discriminator      = "driver",
        .variants           = "none:AudiodevGenericOptions,"
#if defined(CONFIG_AUDIO_ALSA)
                              "alsa:AudiodevAlsaOptions,"
#endif
#if defined(CONFIG_AUDIO_COREAUDIO)
                              "coreaudio:AudiodevCoreaudioOptions,"
#endif
#if defined(CONFIG_DBUS_DISPLAY)
                              "dbus:AudiodevDBusOptions,"
#endif
#if defined(CONFIG_AUDIO_DSOUND)
                              "dsound:AudiodevDsoundOptions,"
#endif
#if defined(CONFIG_AUDIO_JACK)
                              "jack:AudiodevJackOptions,"
#endif
#if defined(CONFIG_AUDIO_OSS)
                              "oss:AudiodevOssOptions,"
#endif
#if defined(CONFIG_AUDIO_PA)
                              "pa:AudiodevPaOptions,"
#endif
#if defined(CONFIG_AUDIO_PIPEWIRE)
                              "pipewire:AudiodevPipewireOptions,"
#endif
#if defined(CONFIG_AUDIO_SDL)
                              "sdl:AudiodevSdlOptions,"
#endif
#if defined(CONFIG_AUDIO_SNDIO)
                              "sndio:AudiodevSndioOptions,"
#endif
#if defined(CONFIG_SPICE)
                              "spice:AudiodevGenericOptions,"
#endif
                              "wav:AudiodevWavOptions",
    },

SQMP
Audiodev
--------

TODO

Members:

- "id": TODO
- "driver": TODO
- "timer-period": TODO

Since: 4.0

EQMP

    {
        .name               = "query-audiodevs",
        .args_type          = "",
        .returns            = "[Audiodev]",
    },

SQMP
query-audiodevs
---------------

TODO

Returns: [Audiodev]. TODO

Since: 8.0

EQMP

