#!/usr/bin/env python
# vim: set fileencoding=latin-1 :
alpha = "café"
beta = 2
