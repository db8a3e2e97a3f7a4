package gen

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"sort"
	"time"
)

// archiveTime is the fixed modification time of every archive member, so
// the archives are reproducible.
var archiveTime = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

const archiveDir = "pytriage-samples/"

func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Zip packs the set as a .zip with members under pytriage-samples/.
func Zip(files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range sortedNames(files) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: archiveDir + n, Method: zip.Deflate, Modified: archiveTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(files[n]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// TarGz packs the set as a .tar.gz with members under pytriage-samples/.
func TarGz(files map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	gz.ModTime = archiveTime
	tw := tar.NewWriter(gz)
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: archiveDir, Mode: 0o755, ModTime: archiveTime, Format: tar.FormatPAX}); err != nil {
		return nil, err
	}
	for _, n := range sortedNames(files) {
		hdr := &tar.Header{Typeflag: tar.TypeReg, Name: archiveDir + n, Mode: 0o644, Size: int64(len(files[n])), ModTime: archiveTime, Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, err
		}
		if _, err := tw.Write(files[n]); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
