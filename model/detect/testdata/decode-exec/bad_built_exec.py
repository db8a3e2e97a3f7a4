src = "".join(map(chr, [112, 114, 105, 110, 116, 40, 49, 41]))
eval(src)  # expect: decode-exec
exec(")'dedoced'(tnirp"[::-1])  # expect: decode-exec
