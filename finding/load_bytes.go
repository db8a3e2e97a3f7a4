package finding

import "bytes"

func indexNL(b []byte) int { return bytes.IndexByte(b, '\n') }
