//go:debug zipinsecurepath=0
//go:debug tarinsecurepath=0

package finding

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"hash/crc32"
	"io/fs"
	"strings"
	"testing"
)

// The //go:debug lines above are the ones package main carries: the
// tests run as the program does.

type member struct {
	name string
	body string
	mode fs.FileMode // 0: regular file
	tar  byte        // tar type flag; 0: regular
}

func makeZip(t testing.TB, members []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		h := &zip.FileHeader{Name: m.name, Method: zip.Deflate}
		if m.mode != 0 {
			h.SetMode(m.mode)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(m.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func makeTarGz(t testing.TB, members []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, m := range members {
		h := &tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.body)), Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if m.tar != 0 {
			h.Typeflag, h.Size, h.Linkname = m.tar, 0, "target"
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			if _, err := tw.Write([]byte(m.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func loadArchiveBytes(t testing.TB, name string, data []byte, lim Limits) ([]*Record, []*LoadError) {
	t.Helper()
	return loadAll(t, []Source{bytesSource(name, data)}, Options{Limits: lim})
}

func memberNames(recs []*Record) string {
	var s []string
	for _, r := range recs {
		s = append(s, r.Origin.Member+"="+r.Finding.Name)
	}
	return strings.Join(s, ",")
}

// TestArchiveMembers reads zip and tar.gz sets: JSON members load with
// their member name, directories and other files are passed over, and
// hostile names, links, devices and nested archives are refused with an
// error while the rest loads.
func TestArchiveMembers(t *testing.T) {
	good := []member{
		{name: "set/", mode: fs.ModeDir | 0o755, tar: tar.TypeDir},
		{name: "set/a.json", body: `{"name":"a"}`},
		{name: "README.txt", body: "not json"},
		{name: "../evil.json", body: `{"name":"evil"}`},
		{name: "/abs.json", body: `{"name":"abs"}`},
		{name: "C:/drive.json", body: `{"name":"drive"}`},
		{name: `dir\back.json`, body: `{"name":"back"}`},
		{name: "inner.zip", body: "PK\x03\x04"},
		{name: "set/hidden.json", body: "PK\x03\x04 an archive by content"},
		{name: "set/b.jsonl", body: "{\"name\":\"b1\"}\n{\"name\":\"b2\"}\n"},
	}
	wantErrs := []string{
		`../evil.json: entry refused: ".." in name`,
		`/abs.json: entry refused: absolute name`,
		`C:/drive.json: entry refused: drive letter in name`,
		`dir\\back.json: entry refused: backslash in name`,
		`inner.zip: nested archive not expanded`,
		`set/hidden.json: nested archive not expanded`,
	}
	t.Run("zip", func(t *testing.T) {
		z := append(good[:len(good):len(good)],
			member{name: "link.json", body: "/etc/passwd", mode: fs.ModeSymlink | 0o777},
			member{name: "nul\x00.json", body: `{"name":"nul"}`})
		recs, errs := loadArchiveBytes(t, "set.zip", makeZip(t, z), Limits{})
		if got := memberNames(recs); got != "set/a.json=a,set/b.jsonl=b1,set/b.jsonl=b2" {
			t.Errorf("loaded %s", got)
		}
		checkErrs(t, errs, append(wantErrs[:len(wantErrs):len(wantErrs)], `link.json: link skipped`, `nul\x00.json: entry refused: NUL in name`))
	})
	t.Run("tar.gz", func(t *testing.T) {
		z := append(good[:len(good):len(good)],
			member{name: "link.json", tar: tar.TypeSymlink},
			member{name: "hard.json", tar: tar.TypeLink},
			member{name: "dev.json", tar: tar.TypeChar})
		recs, errs := loadArchiveBytes(t, "set.tar.gz", makeTarGz(t, z), Limits{})
		if got := memberNames(recs); got != "set/a.json=a,set/b.jsonl=b1,set/b.jsonl=b2" {
			t.Errorf("loaded %s", got)
		}
		if len(recs) > 0 && (recs[0].Origin.File != "set.tar.gz" || recs[0].Origin.Line != 1) {
			t.Errorf("origin %+v", recs[0].Origin)
		}
		checkErrs(t, errs, append(wantErrs[:len(wantErrs):len(wantErrs)], `link.json: link skipped`, `hard.json: link skipped`, `dev.json: device or FIFO skipped`))
	})
}

func checkErrs(t *testing.T, errs []*LoadError, want []string) {
	t.Helper()
	if len(errs) != len(want) {
		t.Errorf("got %d errors, want %d:", len(errs), len(want))
		for _, e := range errs {
			t.Errorf("  %v", e)
		}
		return
	}
	for i, e := range errs {
		if !strings.Contains(e.Error(), want[i]) {
			t.Errorf("error %d = %q, want %q", i, e.Error(), want[i])
		}
	}
}

// TestMemberNameChecks proves the loader's own name check refuses what
// GODEBUG zipinsecurepath/tarinsecurepath would, and more, whatever that
// setting is.
func TestMemberNameChecks(t *testing.T) {
	refused := []string{"../x", "a/../../x", "a/..", "/x", "//x", `C:\x`, "C:x", "c:/x", `a\b`, "a\x00b", "",
		"a/b:c", strings.Repeat("a/", 40) + "x", strings.Repeat("x", 5000), "a\x1b[2J.json", "a\u009b.json", "a\xff.json"}
	for _, name := range refused {
		if checkMemberName(name) == "" {
			t.Errorf("%q accepted", name)
		}
	}
	for _, name := range []string{"x.json", "a/b/c.jsonl", "a/./b.json", "dir/", "..x.json", "x..json"} {
		if why := checkMemberName(name); why != "" {
			t.Errorf("%q refused: %s", name, why)
		}
	}
}

// TestInsecurePathSettingActive shows that zipinsecurepath=0 is in force
// in this test binary (as in package main), and that the loader still
// reads the safe members of an archive the zip package flags as insecure.
func TestInsecurePathSettingActive(t *testing.T) {
	data := makeZip(t, []member{{name: "../x.json", body: `{"name":"x"}`}, {name: "ok.json", body: `{"name":"ok"}`}})
	if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); !errors.Is(err, zip.ErrInsecurePath) {
		t.Fatalf("zip.NewReader error = %v, want ErrInsecurePath (is //go:debug zipinsecurepath=0 in force?)", err)
	}
	recs, errs := loadArchiveBytes(t, "x.zip", data, Limits{})
	if memberNames(recs) != "ok.json=ok" || len(errs) != 1 || !strings.Contains(errs[0].Reason, `".." in name`) {
		t.Errorf("records %s, errors %v", memberNames(recs), errs)
	}
	tgz := makeTarGz(t, []member{{name: "../x.json", body: `{"name":"x"}`}, {name: "ok.json", body: `{"name":"ok"}`}})
	recs, errs = loadArchiveBytes(t, "x.tgz", tgz, Limits{})
	if memberNames(recs) != "ok.json=ok" || len(errs) != 1 || !strings.Contains(errs[0].Reason, `".." in name`) {
		t.Errorf("tar: records %s, errors %v", memberNames(recs), errs)
	}
}

// rawZip builds a one-member zip whose headers declare size as the
// uncompressed size, whatever the data really holds.
func rawZip(t testing.TB, name string, data []byte, size uint64) []byte {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(data)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}

// TestArchiveCaps checks that the member, total, entry-count, ratio and
// archive-size caps hold whatever the headers claim.
func TestArchiveCaps(t *testing.T) {
	line := "{\"name\":\"ok\"}\n"
	big := []byte(strings.Repeat(line, 300_000)) // 4.2 MB, compresses about 1000:1
	t.Run("header claims a huge member", func(t *testing.T) {
		_, errs := loadArchiveBytes(t, "x.zip", rawZip(t, "x.jsonl", big, 1<<40), Limits{MaxMember: 1 << 20, MaxRatio: 1 << 20})
		checkErrs(t, errs, []string{"x.jsonl: member larger than the limit of 1048576 bytes"})
	})
	t.Run("header claims a tiny member", func(t *testing.T) {
		recs, errs := loadArchiveBytes(t, "x.zip", rawZip(t, "x.jsonl", big, 100), Limits{MaxMember: 1 << 20, MaxRatio: 1 << 20})
		if len(recs) != 0 {
			t.Errorf("%d records from a lying member", len(recs))
		}
		checkErrs(t, errs, []string{"x.jsonl: cannot read member: zip: not a valid zip file"})
	})
	t.Run("compression ratio", func(t *testing.T) {
		_, errs := loadArchiveBytes(t, "x.zip", rawZip(t, "x.jsonl", big, uint64(len(big))), Limits{})
		checkErrs(t, errs, []string{"x.jsonl: compression ratio above 100:1"})
	})
	t.Run("tar member cap", func(t *testing.T) {
		tgz := makeTarGz(t, []member{{name: "x.jsonl", body: string(big)}, {name: "y.json", body: line}})
		recs, errs := loadArchiveBytes(t, "x.tgz", tgz, Limits{MaxMember: 1 << 20, MaxRatio: 1 << 20})
		if memberNames(recs) != "y.json=ok" {
			t.Errorf("loaded %s", memberNames(recs))
		}
		checkErrs(t, errs, []string{"x.jsonl: member larger than the limit of 1048576 bytes"})
	})
	t.Run("tar ratio", func(t *testing.T) {
		tgz := makeTarGz(t, []member{{name: "x.jsonl", body: string(big)}})
		_, errs := loadArchiveBytes(t, "x.tgz", tgz, Limits{})
		checkErrs(t, errs, []string{"compression ratio above 100:1"})
	})
	var many []member
	for i := range 6 {
		many = append(many, member{name: "m" + itoa(i) + ".json", body: `{"name":"` + strings.Repeat("x", 1000) + `"}`})
	}
	for _, kind := range []string{"zip", "tgz"} {
		build := makeZip
		if kind == "tgz" {
			build = makeTarGz
		}
		t.Run(kind+" total cap", func(t *testing.T) {
			recs, errs := loadArchiveBytes(t, "x."+kind, build(t, many), Limits{MaxTotal: 3500})
			if len(recs) != 3 {
				t.Errorf("%d records, want 3", len(recs))
			}
			if len(errs) == 0 || !strings.Contains(errs[0].Error(), "more than 3500 bytes of members") {
				t.Errorf("errors %v", errs)
			}
		})
		t.Run(kind+" entry cap", func(t *testing.T) {
			recs, errs := loadArchiveBytes(t, "x."+kind, build(t, many), Limits{MaxEntries: 4})
			if len(recs) != 4 {
				t.Errorf("%d records, want 4", len(recs))
			}
			checkErrs(t, errs, []string{"more than 4 entries"})
		})
		t.Run(kind+" archive size cap", func(t *testing.T) {
			recs, errs := loadArchiveBytes(t, "x."+kind, build(t, many), Limits{MaxArchive: 100})
			if len(recs) != 0 || len(errs) == 0 || !strings.Contains(errs[len(errs)-1].Error(), "larger than the limit of 100 bytes") {
				t.Errorf("records %d errors %v", len(recs), errs)
			}
		})
	}
	t.Run("not an archive after all", func(t *testing.T) {
		_, errs := loadArchiveBytes(t, "broken.zip", []byte("this is no zip"), Limits{})
		checkErrs(t, errs, []string{"not a readable zip archive"})
	})
}

// TestArchiveMemberErrorOrigin checks that a bad record inside a member
// names the archive, the member, the record index and its line:column,
// and that an archive is recognised by content whatever its name.
func TestArchiveMemberErrorOrigin(t *testing.T) {
	body := "{\"name\":\"a\"}\n{\"name\":\"b\",\"name\":\"c\"}\n{\"name\":\"d\"}\n"
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"export.json", makeZip(t, []member{{name: "dir/a.jsonl", body: body}})},
		{"export.data", makeTarGz(t, []member{{name: "dir/a.jsonl", body: body}})},
	} {
		recs, errs := loadArchiveBytes(t, tc.name, tc.data, Limits{})
		if memberNames(recs) != "dir/a.jsonl=a,dir/a.jsonl=d" {
			t.Errorf("%s: loaded %s", tc.name, memberNames(recs))
		}
		checkErrs(t, errs, []string{tc.name + `!dir/a.jsonl: record 1: 2:13: duplicate key "name"`})
		if len(recs) == 2 && (recs[1].Origin.Index != 2 || recs[1].Origin.Line != 3 || string(recs[1].Raw) != `{"name":"d"}`) {
			t.Errorf("%s: origin %+v raw %q", tc.name, recs[1].Origin, recs[1].Raw)
		}
	}
}

// TestGzipJSONLines reads a gzip-compressed JSON Lines file as a stream,
// and stops a gzip bomb at the file limit with memory bounded.
func TestGzipJSONLines(t *testing.T) {
	gzipped := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	body := "{\"name\":\"a\"}\n{\"name\":\"b\",\"name\":\"c\"}\n{\"name\":\"d\"}\n"
	recs, errs := loadArchiveBytes(t, "dir/export.jsonl.gz", gzipped([]byte(body)), Limits{})
	if memberNames(recs) != "export.jsonl=a,export.jsonl=d" || recs[1].Origin.Line != 3 {
		t.Errorf("loaded %s", memberNames(recs))
	}
	checkErrs(t, errs, []string{`dir/export.jsonl.gz!export.jsonl: record 1: 2:13: duplicate key "name"`})

	bomb := gzipped(bytes.Repeat([]byte("{\"name\":\"x\"}\n"), 200_000)) // 2.6 MB from about 10 KB
	recs, errs = loadArchiveBytes(t, "bomb.json.gz", bomb, Limits{MaxFileSize: 1 << 20})
	if len(recs) != (1<<20)/13 {
		t.Errorf("%d records before the limit", len(recs))
	}
	checkErrs(t, errs, []string{"larger than the limit of 1048576 bytes"})
}
