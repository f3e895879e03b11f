package testnet_test

import (
	"io/fs"
	"path/filepath"
)

func walk(dir string, fn func(string)) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			fn(p)
		}
		return err
	})
}
