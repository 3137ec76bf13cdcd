HXCOMM interim guest agent schema

    {
        .name = "guest-sync-delimited",
        .args_type = "id:int",
        .returns = "int",
    },

    {
        .name = "guest-sync",
        .args_type = "id:int",
        .returns = "int",
    },

    {
        .name = "guest-ping",
        .args_type = "",
    },

    {
        .name = "guest-get-time",
        .args_type = "",
        .returns = "int",
    },

    {
        .name = "guest-set-time",
        .args_type = "time:int?",
    },

    {
        .struct = "GuestAgentCommandInfo",
        .members = "name:str,enabled:bool,success-response:bool",
    },

    {
        .struct = "GuestAgentInfo",
        .members = "version:str,supported_commands:[GuestAgentCommandInfo]",
    },

    {
        .name = "guest-info",
        .args_type = "",
        .returns = "GuestAgentInfo",
    },

    {
        .name = "guest-shutdown",
        .args_type = "mode:str?",
    },

    {
        .name = "guest-file-open",
        .args_type = "path:str,mode:str?",
        .returns = "int",
    },

    {
        .name = "guest-file-close",
        .args_type = "handle:int",
    },

    {
        .struct = "GuestFileRead",
        .members = "count:int,buf-b64:str,eof:bool",
    },

    {
        .name = "guest-file-read",
        .args_type = "handle:int,count:int?",
        .returns = "GuestFileRead",
    },

    {
        .struct = "GuestFileWrite",
        .members = "count:int,eof:bool",
    },

    {
        .name = "guest-file-write",
        .args_type = "handle:int,buf-b64:str,count:int?",
        .returns = "GuestFileWrite",
    },

    {
        .struct = "GuestFileSeek",
        .members = "position:int,eof:bool",
    },

    {
        .enum = "QGASeek",
        .values = "set,cur,end",
    },

    {
        .alternate = "GuestFileWhence",
        .variants = "value:int,name:QGASeek",
    },

    {
        .name = "guest-file-seek",
        .args_type = "handle:int,offset:int,whence:GuestFileWhence",
        .returns = "GuestFileSeek",
    },

    {
        .name = "guest-file-flush",
        .args_type = "handle:int",
    },

    {
        .enum = "GuestFsfreezeStatus",
        .values = "thawed,frozen",
    },

    {
        .name = "guest-fsfreeze-status",
        .args_type = "",
        .returns = "GuestFsfreezeStatus",
    },

    {
        .name = "guest-fsfreeze-freeze",
        .args_type = "",
        .returns = "int",
    },

    {
        .name = "guest-fsfreeze-freeze-list",
        .args_type = "mountpoints:[str]?",
        .returns = "int",
    },

    {
        .name = "guest-fsfreeze-thaw",
        .args_type = "",
        .returns = "int",
    },

    {
        .struct = "GuestFilesystemTrimResult",
        .members = "path:str,trimmed:int?,minimum:int?,error:str?",
    },

    {
        .struct = "GuestFilesystemTrimResponse",
        .members = "paths:[GuestFilesystemTrimResult]",
    },

    {
        .name = "guest-fstrim",
        .args_type = "minimum:int?",
        .returns = "GuestFilesystemTrimResponse",
    },

    {
        .name = "guest-suspend-disk",
        .args_type = "",
    },

    {
        .name = "guest-suspend-ram",
        .args_type = "",
    },

    {
        .name = "guest-suspend-hybrid",
        .args_type = "",
    },

    {
        .enum = "GuestIpAddressType",
        .values = "ipv4,ipv6",
    },

    {
        .struct = "GuestIpAddress",
        .members = "ip-address:str,ip-address-type:GuestIpAddressType,prefix:int",
    },

    {
        .struct = "GuestNetworkInterfaceStat",
        .members = "rx-bytes:uint64,rx-packets:uint64,rx-errs:uint64,rx-dropped:uint64,tx-bytes:uint64,tx-packets:uint64,tx-errs:uint64,tx-dropped:uint64",
    },

    {
        .struct = "GuestNetworkInterface",
        .members = "name:str,hardware-address:str?,ip-addresses:[GuestIpAddress]?,statistics:GuestNetworkInterfaceStat?",
    },

    {
        .name = "guest-network-get-interfaces",
        .args_type = "",
        .returns = "[GuestNetworkInterface]",
    },

    {
        .struct = "GuestLogicalProcessor",
        .members = "logical-id:int,online:bool,can-offline:bool?",
    },

    {
        .name = "guest-get-vcpus",
        .args_type = "",
        .returns = "[GuestLogicalProcessor]",
    },

    {
        .name = "guest-set-vcpus",
        .args_type = "vcpus:[GuestLogicalProcessor]",
        .returns = "int",
    },

    {
        .enum = "GuestDiskBusType",
        .values = "ide,fdc,scsi,virtio,xen,usb,uml,sata,sd,unknown,ieee1394,ssa,fibre,raid,iscsi,sas,mmc,virtual,file-backed-virtual,nvme",
    },

    {
        .struct = "GuestPCIAddress",
        .members = "domain:int,bus:int,slot:int,function:int",
    },

    {
        .struct = "GuestCCWAddress",
        .members = "cssid:int,ssid:int,subchno:int,devno:int",
    },

    {
        .struct = "GuestDiskAddress",
        .members = "pci-controller:GuestPCIAddress,bus-type:GuestDiskBusType,bus:int,target:int,unit:int,serial:str?,dev:str?,ccw-address:GuestCCWAddress?",
    },

    {
        .struct = "GuestNVMeSmart",
        .members = "critical-warning:int,temperature:int,available-spare:int,available-spare-threshold:int,percentage-used:int,data-units-read-lo:uint64,data-units-read-hi:uint64,data-units-written-lo:uint64,data-units-written-hi:uint64,host-read-commands-lo:uint64,host-read-commands-hi:uint64,host-write-commands-lo:uint64,host-write-commands-hi:uint64,controller-busy-time-lo:uint64,controller-busy-time-hi:uint64,power-cycles-lo:uint64,power-cycles-hi:uint64,power-on-hours-lo:uint64,power-on-hours-hi:uint64,unsafe-shutdowns-lo:uint64,unsafe-shutdowns-hi:uint64,media-errors-lo:uint64,media-errors-hi:uint64,number-of-error-log-entries-lo:uint64,number-of-error-log-entries-hi:uint64",
    },

    {
        .union = "GuestDiskSmart",
        .members = "type:GuestDiskBusType",
        .discriminator = "type",
        .variants = "nvme:GuestNVMeSmart",
    },

    {
        .struct = "GuestDiskInfo",
        .members = "name:str,partition:bool,dependencies:[str]?,address:GuestDiskAddress?,alias:str?,smart:GuestDiskSmart?",
    },

    {
        .name = "guest-get-disks",
        .args_type = "",
        .returns = "[GuestDiskInfo]",
    },

    {
        .struct = "GuestFilesystemInfo",
        .members = "name:str,mountpoint:str,type:str,used-bytes:uint64?,total-bytes:uint64?,total-bytes-privileged:uint64?,disk:[GuestDiskAddress]",
    },

    {
        .name = "guest-get-fsinfo",
        .args_type = "",
        .returns = "[GuestFilesystemInfo]",
    },

    {
        .name = "guest-set-user-password",
        .args_type = "username:str,password:str,crypted:bool",
    },

    {
        .struct = "GuestMemoryBlock",
        .members = "phys-index:uint64,online:bool,can-offline:bool?",
    },

    {
        .name = "guest-get-memory-blocks",
        .args_type = "",
        .returns = "[GuestMemoryBlock]",
    },

    {
        .enum = "GuestMemoryBlockResponseType",
        .values = "success,not-found,operation-not-supported,operation-failed",
    },

    {
        .struct = "GuestMemoryBlockResponse",
        .members = "phys-index:uint64,response:GuestMemoryBlockResponseType,error-code:int?",
    },

    {
        .name = "guest-set-memory-blocks",
        .args_type = "mem-blks:[GuestMemoryBlock]",
        .returns = "[GuestMemoryBlockResponse]",
    },

    {
        .struct = "GuestMemoryBlockInfo",
        .members = "size:uint64",
    },

    {
        .name = "guest-get-memory-block-info",
        .args_type = "",
        .returns = "GuestMemoryBlockInfo",
    },

    {
        .struct = "GuestExecStatus",
        .members = "exited:bool,exitcode:int?,signal:int?,out-data:str?,err-data:str?,out-truncated:bool?,err-truncated:bool?",
    },

    {
        .name = "guest-exec-status",
        .args_type = "pid:int",
        .returns = "GuestExecStatus",
    },

    {
        .struct = "GuestExec",
        .members = "pid:int",
    },

    {
        .enum = "GuestExecCaptureOutputMode",
        .values = "none,stdout,stderr,separated,merged",
    },

    {
        .alternate = "GuestExecCaptureOutput",
        .variants = "flag:bool,mode:GuestExecCaptureOutputMode",
    },

    {
        .name = "guest-exec",
        .args_type = "path:str,arg:[str]?,env:[str]?,input-data:str?,capture-output:GuestExecCaptureOutput?",
        .returns = "GuestExec",
    },

    {
        .struct = "GuestHostName",
        .members = "host-name:str",
    },

    {
        .name = "guest-get-host-name",
        .args_type = "",
        .returns = "GuestHostName",
    },

    {
        .struct = "GuestUser",
        .members = "user:str,login-time:number,domain:str?",
    },

    {
        .name = "guest-get-users",
        .args_type = "",
        .returns = "[GuestUser]",
    },

    {
        .struct = "GuestTimezone",
        .members = "zone:str?,offset:int",
    },

    {
        .name = "guest-get-timezone",
        .args_type = "",
        .returns = "GuestTimezone",
    },

    {
        .struct = "GuestOSInfo",
        .members = "kernel-release:str?,kernel-version:str?,machine:str?,id:str?,name:str?,pretty-name:str?,version:str?,version-id:str?,variant:str?,variant-id:str?",
    },

    {
        .name = "guest-get-osinfo",
        .args_type = "",
        .returns = "GuestOSInfo",
    },

    {
        .enum = "GuestDeviceType",
        .values = "pci",
    },

    {
        .struct = "GuestDeviceIdPCI",
        .members = "vendor-id:uint16,device-id:uint16",
    },

    {
        .union = "GuestDeviceId",
        .members = "type:GuestDeviceType",
        .discriminator = "type",
        .variants = "pci:GuestDeviceIdPCI",
    },

    {
        .struct = "GuestDeviceInfo",
        .members = "driver-name:str,driver-date:int?,driver-version:str?,id:GuestDeviceId?",
    },

    {
        .name = "guest-get-devices",
        .args_type = "",
        .returns = "[GuestDeviceInfo]",
    },

    {
        .struct = "GuestAuthorizedKeys",
        .members = "keys:[str]",
    },

    {
        .name = "guest-ssh-get-authorized-keys",
        .args_type = "username:str",
        .returns = "GuestAuthorizedKeys",
    },

    {
        .name = "guest-ssh-add-authorized-keys",
        .args_type = "username:str,keys:[str],reset:bool?",
    },

    {
        .name = "guest-ssh-remove-authorized-keys",
        .args_type = "username:str,keys:[str]",
    },

    {
        .struct = "GuestDiskStats",
        .members = "read-sectors:uint64?,read-ios:uint64?,read-merges:uint64?,write-sectors:uint64?,write-ios:uint64?,write-merges:uint64?,discard-sectors:uint64?,discard-ios:uint64?,discard-merges:uint64?,flush-ios:uint64?,read-ticks:uint64?,write-ticks:uint64?,discard-ticks:uint64?,flush-ticks:uint64?,ios-pgr:uint64?,total-ticks:uint64?,weight-ticks:uint64?",
    },

    {
        .struct = "GuestDiskStatsInfo",
        .members = "name:str,major:uint64,minor:uint64,stats:GuestDiskStats",
    },

    {
        .name = "guest-get-diskstats",
        .args_type = "",
        .returns = "[GuestDiskStatsInfo]",
    },

    {
        .enum = "GuestCpuStatsType",
        .values = "linux",
    },

    {
        .struct = "GuestLinuxCpuStats",
        .members = "cpu:int,user:uint64,nice:uint64,system:uint64,idle:uint64,iowait:uint64?,irq:uint64?,softirq:uint64?,steal:uint64?,guest:uint64?,guestnice:uint64?",
    },

    {
        .union = "GuestCpuStats",
        .members = "type:GuestCpuStatsType",
        .discriminator = "type",
        .variants = "linux:GuestLinuxCpuStats",
    },

    {
        .name = "guest-get-cpustats",
        .args_type = "",
        .returns = "[GuestCpuStats]",
    },

    {
        .struct = "GuestLoadAverage",
        .members = "load1m:number,load5m:number,load15m:number",
    },

    {
        .name = "guest-get-load",
        .args_type = "",
        .returns = "GuestLoadAverage",
    },

    {
        .struct = "GuestNetworkRoute",
        .members = "iface:str,destination:str,metric:int,gateway:str?,mask:str?,irtt:int?,flags:uint64?,refcnt:int?,use:int?,window:int?,mtu:int?,desprefixlen:str?,source:str?,srcprefixlen:str?,nexthop:str?,version:int",
    },

    {
        .name = "guest-network-get-route",
        .args_type = "",
        .returns = "[GuestNetworkRoute]",
    },

