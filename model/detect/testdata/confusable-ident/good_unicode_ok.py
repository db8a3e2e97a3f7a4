# -*- coding: utf-8 -*-
λ = 0.5
größe = 10
名前 = "テスト"
print(λ * größe, 名前)
