package detect

import (
	"strings"
)

var minerMarks = []string{
	"stratum+tcp://", "stratum+ssl://", "stratum+udp://", "stratum2+tcp://", "stratum1+tcp://", "xmrig", "cpuminer", "minerd",
	"--donate-level", "--cpu-max-threads-hint", "--randomx", "nanopool.org", "supportxmr.com", "minexmr.com", "moneroocean.stream",
	"hashvault.pro", "2miners.com", "f2pool.com", "nicehash.com", "unmineable.com", "c3pool.com", "herominers.com", "xmrpool",
	"ethermine.org", "--coin=monero", "-a rx/0", "--algo=rx/0", "cryptonight", "mining.subscribe", "mining.authorize", "mining.submit",
}

var minerMatcher = newMatcher(true, minerMarks...)

const base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// walletShaped: a Monero (95 base58 chars, 4/8 prefix) or bech32 bitcoin
// address shape. Bodies in fixtures are fake; only the shape matters.
func walletShaped(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) == 95 && (v[0] == '4' || v[0] == '8') {
		for i := 0; i < len(v); i++ {
			if strings.IndexByte(base58, v[i]) < 0 {
				return false
			}
		}
		return true
	}
	if strings.HasPrefix(v, "bc1") && len(v) >= 42 && len(v) <= 62 {
		for i := 3; i < len(v); i++ {
			if strings.IndexByte("qpzry9x8gf2tvdw0s3jn54khce6mua7l", v[i]) < 0 {
				return false
			}
		}
		return true
	}
	return false
}

// runMining: pool URLs, miner binaries and arguments, wallet-shaped
// strings (T1496).
func runMining(c *Context) []Finding {
	ls := lineSet{}
	var why []string
	found := c.famStrs(famMiner, func(v string) bool { return minerMatcher.find(v) != "" })
	for _, s := range c.slashStrs(litWalletLen, func(v string) bool { // 95 or 42 to 62 bytes long
		return walletShaped(v) && minerMatcher.find(v) == ""
	}) {
		found = append(found, s)
	}
	for _, s := range found {
		ls.add(c.tokLines(s.tok)...)
		if n := minerMatcher.find(s.value); n != "" {
			why = append(why, quote(n))
		} else {
			why = append(why, "wallet-shaped string")
		}
	}
	out := one(ls, "crypto-mining: "+strings.Join(uniq(why), ", "))
	if len(out) > 0 {
		out[0].Techniques = []string{"T1496"} // T1115 is the clipper's below
	}
	// clipboard clipper: read the clipboard, match a wallet, write another
	copies := c.calls("pyperclip.copy", "clipboard.copy", "win32clipboard.SetClipboardText", "pyperclip.set_clipboard")
	pastes := c.calls("pyperclip.paste", "clipboard.paste", "win32clipboard.GetClipboardData")
	if len(copies) > 0 && len(pastes) > 0 {
		for _, s := range c.strs(func(v string) bool {
			return strings.Contains(v, "bc1") || strings.Contains(v, "0x[") || strings.Contains(v, "[13]") || walletShaped(v)
		}) {
			ls := lineSet{}
			ls.add(c.tokLines(s.tok)...)
			for _, k := range copies {
				ls.add(c.callLines(k)...)
			}
			out = append(out, Finding{Lines: ls.sorted(), Message: "replaces wallet addresses on the clipboard (clipper)", Techniques: []string{"T1115", "T1565.002"}})
			break
		}
	}
	return out
}
