# label: benign family=config hard=1
# system configuration generated and used by the build (do not edit)
build_time_vars = {
    "ABIFLAGS": "",
    "AR": "x86_64-linux-gnu-gcc-ar",
    "CFLAGS": "-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall -fstack-protector-strong -Wformat -Werror=format-security -fcf-protection",
    "CONFIG_ARGS": "'--enable-shared' '--prefix=/opt/py' '--with-lto' '--enable-optimizations' 'CFLAGS=-O3' 'LDFLAGS=-Wl,-rpath,/opt/py/lib'",
    "LDFLAGS": "-Wl,-rpath,/opt/py/lib -Wl,-z,relro -Wl,-z,now -Wl,--as-needed",
    "BUILD_ID": "5f2c9e71b0a8d4c3e6f1a2b7d9c0e8f4a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9",
    "SOABI": "cpython-311-x86_64-linux-gnu",
}
