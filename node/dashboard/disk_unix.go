//go:build unix

package dashboard

import (
	"fmt"
	"syscall"
)

// DirDisk is the filesystem holding a directory (the store's).
type DirDisk struct{ Dir string }

// DiskSpace implements Disk.
func (d DirDisk) DiskSpace() (free, total int64, err error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(d.Dir, &st); err != nil {
		return 0, 0, fmt.Errorf("dashboard: disk space of %s: %w", d.Dir, err)
	}
	return int64(st.Bavail) * int64(st.Bsize), int64(st.Blocks) * int64(st.Bsize), nil
}
