/*
 * rules.yar — a small plain-string YARA rule set for bench/compare.sh.
 *
 * It covers the same behaviour families as pytriage's detectors, the way a
 * quick hand-written rule set would: literal strings only, no regexes, no
 * modules, no data flow. It is the "comparable small rule set" the speed
 * comparison asks for (13 rules), not a detection product: it keys on API
 * names, never on documentation address ranges or .example names.
 */

rule revshell_socket_dup2 {
  strings:
    $sock = "socket.socket(" ascii
    $dup2 = "dup2(" ascii
  condition:
    all of them
}

rule revshell_pty_spawn {
  strings:
    $pty = "pty.spawn(" ascii
    $sh1 = "/bin/sh" ascii
    $sh2 = "/bin/bash" ascii
  condition:
    $pty and any of ($sh*)
}

rule decode_exec_base64 {
  strings:
    $dec = "b64decode(" ascii
    $exec = "exec(" ascii
  condition:
    all of them
}

rule decode_exec_zlib_marshal {
  strings:
    $z = "zlib.decompress(" ascii
    $m = "marshal.loads(" ascii
    $exec = "exec(" ascii
  condition:
    $exec and any of ($z, $m)
}

rule download_chmod_run {
  strings:
    $get1 = "urlretrieve(" ascii
    $get2 = "urlopen(" ascii
    $get3 = "requests.get(" ascii
    $chmod = "chmod(" ascii
    $run1 = "os.system(" ascii
    $run2 = "subprocess." ascii
  condition:
    any of ($get*) and $chmod and any of ($run*)
}

rule miner_stratum {
  strings:
    $s1 = "stratum+tcp://" ascii nocase
    $s2 = "stratum+ssl://" ascii nocase
    $s3 = "stratum2+tcp://" ascii nocase
  condition:
    any of them
}

rule miner_xmrig {
  strings:
    $x1 = "xmrig" ascii nocase
    $x2 = "--donate-level" ascii
    $x3 = "randomx" ascii nocase
  condition:
    any of them
}

rule cloud_metadata_token {
  strings:
    $h1 = "169.254.169.254" ascii
    $h2 = "metadata.google.internal" ascii
    $flavor = "Metadata-Flavor" ascii
    $tok = "service-accounts/default/token" ascii
  condition:
    any of ($h*) and $flavor and $tok
}

rule k8s_serviceaccount_token {
  strings:
    $t = "/var/run/secrets/kubernetes.io/serviceaccount/token" ascii
  condition:
    $t
}

rule container_escape {
  strings:
    $e1 = "/var/run/docker.sock" ascii
    $e2 = "nsenter" ascii
    $e3 = "/proc/1/root" ascii
    $e4 = "release_agent" ascii
  condition:
    any of them
}

rule fileless_memfd {
  strings:
    $m = "memfd_create" ascii
  condition:
    $m
}

rule persistence_cron_ssh {
  strings:
    $p1 = "authorized_keys" ascii
    $p2 = "/etc/cron" ascii
    $p3 = "/etc/ld.so.preload" ascii
    $p4 = ".bashrc" ascii
  condition:
    any of them
}

rule evasion_history_clear {
  strings:
    $h1 = ".bash_history" ascii
    $h2 = "HISTFILE" ascii
    $h3 = "history -c" ascii
  condition:
    any of them
}
