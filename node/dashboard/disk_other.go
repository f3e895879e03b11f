//go:build !unix

package dashboard

import "errors"

// DirDisk is the filesystem holding a directory (the store's).
type DirDisk struct{ Dir string }

// DiskSpace implements Disk; it is not implemented on this system.
func (d DirDisk) DiskSpace() (free, total int64, err error) {
	return 0, 0, errors.New("dashboard: disk space is read on unix systems only")
}
