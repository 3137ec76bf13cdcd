HXCOMM Area 'audio'.

SQMP
Audio
=====

Audio backends ("audiodevs"): where the sound of the guest's sound
devices goes on the host and where their recording input comes from
(ALSA, PulseAudio, PipeWire, a WAV file, ...). Audiodevs are set up
with "-audiodev" on the command line; over QMP, query-audiodevs reports
them with every option filled in.

EQMP

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

The options of one direction of an audio backend, playback ("out")
or recording ("in"), that every backend driver has. The frequency,
channel and format options describe the stream QEMU exchanges with the
host when fixed settings are used.

Members:

- "mixing-engine": true to let QEMU mix all the guest's streams into
  one and convert sample formats the host backend does not support;
  false to hand each stream to the backend as it is, in which case
  "fixed-settings" must be false too (since 4.2). Absent means true.
- "fixed-settings": true to open the host side with the fixed
  "frequency", "channels" and "format" below, whatever the guest uses;
  false to use the guest's settings, in which case those three must
  not be given. Absent means true.
- "frequency": the sample rate of the host stream with fixed
  settings, in Hz. Absent means 44100.
- "channels": the number of channels of the host stream with fixed
  settings. Absent means 2.
- "voices": the number of voices (streams) to use. Absent means 1.
- "format": the sample format of the host stream with fixed settings.
  Absent means "s16".
- "buffer-length": the length of the audio buffer, in microseconds.
  Absent: a default that depends on the driver.

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

The options of the audio drivers that have nothing of their own
("none" and "spice"): only the common options of each direction.

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.

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

The options of the audio driver "dbus", which hands the sound to
clients of QEMU's D-Bus display.

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "nsamples": the number of samples exchanged per read or write call.
  Absent means 480 (10 ms at 48 kHz).

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

The options of one direction of the ALSA backend: the common ones
and those below.

Members:

- "dev": the name of the ALSA device (PCM) to open. Absent means
  "default".
- "period-length": the ALSA period length, in microseconds. Absent:
  ALSA's default.
- "try-poll": true to try poll mode and fall back to non-polling
  access when it fails; false to use non-polling access. Absent means
  true.

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

The options of the audio driver "alsa" (ALSA on Linux hosts).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "threshold": how much audio must be buffered before playback
  starts, in microseconds. Absent: ALSA's default.

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

The options of the audio driver "sndio" (OpenBSD's sound server, also
available elsewhere).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "dev": the name of the sndio device. Absent means "default".
- "latency": the size of the playback buffer, in microseconds.
  Absent: the driver's default.

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

The options of one direction of the Core Audio backend: the common
ones and the number of buffers.

Members:

- "buffer-count": the number of buffers to use. Absent: the driver's
  default.

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

The options of the audio driver "coreaudio" (Core Audio on macOS
hosts).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.

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

The options of the audio driver "dsound" (DirectSound on Windows
hosts).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "latency": extra latency added to playback, in microseconds. Absent
  means 10000.

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

The options of one direction of the JACK backend: the common ones and
how QEMU joins the JACK server.

Members:

- "server-name": which of several JACK servers running at the same
  time to use. Absent: the value of the environment variable
  JACK_DEFAULT_SERVER when it is set, else "default".
- "client-name": the JACK client name of QEMU. The server changes it
  to make it unique when needed, unless "exact-name" is true. Absent:
  the guest's name.
- "connect-ports": a regular expression of JACK client port names;
  QEMU watches for ports that match and connects to them. Absent: no
  automatic connections.
- "start-server": true to start a JACK server when none runs. Absent
  means false.
- "exact-name": true to use "client-name" exactly as given instead of
  letting JACK make it unique. Absent means false.

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

The options of the audio driver "jack" (the JACK Audio Connection
Kit).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.

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

The options of one direction of the OSS backend: the common ones and
those below.

Members:

- "dev": the path of the OSS device file. Absent means "/dev/dsp".
- "buffer-count": the number of buffers to use. Absent: the driver's
  default.
- "try-poll": true to try poll mode and fall back to non-polling
  access when it fails; false to use non-polling access. Absent means
  true.

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

The options of the audio driver "oss" (Open Sound System).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "try-mmap": true to try memory-mapped access to the device and fall
  back to ordinary reads and writes when it fails. Absent means true.
- "exclusive": true to open the device in exclusive mode, which
  prevents vmix (OSS's software mixer) from working. Absent means
  false.
- "dsp-policy": the timing policy of the device, from 0 to 10: a lower
  value gives lower latency at the cost of more CPU time; -1 uses
  fragment mode instead. Some platforms ignore it. Absent means 5.

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

The options of one direction of the PulseAudio backend: the common
ones and those below.

Members:

- "name": the name of the PulseAudio sink (playback) or source
  (recording) to use. Absent: PulseAudio's default.
- "stream-name": the name of the PulseAudio stream QEMU creates, which
  tells streams apart in PulseAudio when several audiodevs or QEMU
  processes play at once. Absent: the ID of the audiodev (since 4.2).
- "latency": the latency PulseAudio should aim for, in microseconds.
  Absent means 15000.

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

The options of the audio driver "pa" (PulseAudio).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.
- "server": the address of the PulseAudio server to connect to.
  Absent: PulseAudio picks the server as usual.

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

The options of one direction of the PipeWire backend: the common ones
and those below.

Members:

- "name": the name of the PipeWire sink (playback) or source
  (recording) to use. Absent: PipeWire's default.
- "stream-name": the name of the PipeWire stream QEMU creates, which
  tells streams apart in PipeWire when several audiodevs or QEMU
  processes play at once. Absent: the ID of the audiodev.
- "latency": the latency PipeWire should aim for, in microseconds.
  Absent means 46000.

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

The options of the audio driver "pipewire" (PipeWire).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.

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

The options of one direction of the SDL audio backend: the common
ones and the number of buffers.

Members:

- "buffer-count": the number of buffers to use. Absent means 4.

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

The options of the audio driver "sdl" (Simple DirectMedia Layer).

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream. Absent: the defaults.

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

The options of the audio driver "wav", which writes what the guest
plays into a WAV file on the host.

Members:

- "in": the options of the recording stream. Absent: the defaults.
- "out": the options of the playback stream (they set the format of
  the file). Absent: the defaults.
- "path": the WAV file to write. Absent means "qemu.wav" (in QEMU's
  working directory).

Since: 4.0

EQMP

    {
        .enum               = "AudioFormat",
        .values             = "u8,s8,u16,s16,u32,s32,f32",
    },

SQMP
AudioFormat
-----------

The format of one audio sample.

Values:

- "u8": 8-bit unsigned integer.
- "s8": 8-bit signed integer.
- "u16": 16-bit unsigned integer.
- "s16": 16-bit signed integer.
- "u32": 32-bit unsigned integer.
- "s32": 32-bit signed integer.
- "f32": 32-bit (single precision) floating point (since 5.0).

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

The audio backend drivers: how an audiodev exchanges sound with the
host. All but "none" and "wav" exist only when QEMU was built with
them (some, like "pa", as loadable modules that must be installed);
"-audiodev help" lists those of a given QEMU.

Values:

- "none": no host audio: playback is discarded and recording yields
  silence, at the normal pace.
- "alsa": ALSA, the Linux sound system (AudiodevAlsaOptions).
- "coreaudio": Core Audio of macOS (AudiodevCoreaudioOptions).
- "dbus": clients of QEMU's D-Bus display (AudiodevDBusOptions).
- "dsound": DirectSound of Windows (AudiodevDsoundOptions).
- "jack": the JACK Audio Connection Kit (AudiodevJackOptions; since
  5.1).
- "oss": the Open Sound System (AudiodevOssOptions).
- "pa": the PulseAudio sound server (AudiodevPaOptions).
- "pipewire": the PipeWire media server (AudiodevPipewireOptions).
- "sdl": the Simple DirectMedia Layer library (AudiodevSdlOptions).
- "sndio": the sndio sound server (AudiodevSndioOptions).
- "spice": the client of QEMU's Spice display
  (AudiodevGenericOptions).
- "wav": playback is written to a WAV file (AudiodevWavOptions).

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

An audio backend, as "-audiodev" defines it and query-audiodevs
reports it: its ID, its driver and the options of that driver (the
members of the type that "driver" selects).

Members:

- "id": the ID of the audiodev, by which sound devices ("audiodev=ID")
  and displays refer to it.
- "driver": the backend driver; it selects the further members (see
  AudiodevDriver for each driver and its options type).
- "timer-period": how often QEMU's audio timer runs to move data, in
  microseconds; 0 asks for the shortest period possible. Absent: QEMU
  uses 10000 (10 ms), as query-audiodevs shows.

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

List the audio backends QEMU was started with ("-audiodev"), with all
their options, including the defaults QEMU filled in.

Arguments: None.

Returns: a list of Audiodev, one per audio backend; empty when there
is none.

Since: 8.0

Example:

QEMU started with "-audiodev none,id=snd0 -audiodev
wav,id=wav0,path=/tmp/docsui/out.wav,out.frequency=48000,out.channels=1":

-> {"execute": "query-audiodevs"}
<- {"return": [{"timer-period": 10000, "driver": "wav", "path": "/tmp/docsui/out.wav", "in": {"mixing-engine": true, "voices": 1, "channels": 2, "format": "s16", "fixed-settings": true, "frequency": 44100}, "id": "wav0", "out": {"mixing-engine": true, "voices": 1, "channels": 1, "format": "s16", "fixed-settings": true, "frequency": 48000}}, {"timer-period": 10000, "driver": "none", "in": {"mixing-engine": true, "voices": 1, "channels": 2, "format": "s16", "fixed-settings": true, "frequency": 44100}, "id": "snd0", "out": {"mixing-engine": true, "voices": 1, "channels": 2, "format": "s16", "fixed-settings": true, "frequency": 44100}}]}

EQMP

