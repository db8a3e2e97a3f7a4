# label: benign family=algo hard=1
import codecs
jokes = ["Jul qvq gur puvpxra pebff gur ebnq?", "Gb trg gb gur bgure fvqr."]
for j in jokes:
    print(codecs.decode(j, "rot13"))
