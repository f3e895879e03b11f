package storage

import (
	"io/fs"
	"path/filepath"
)

// DirUsage counts the shard files in a store directory and their bytes without opening the store
// (whose index a running farmer holds locked). Files of writes in progress are not counted.
func DirUsage(dir string) (shards int, bytes int64) {
	_ = filepath.WalkDir(filepath.Join(dir, "shards"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			shards++
			bytes += info.Size()
		}
		return nil
	})
	return shards, bytes
}
