//go:build unix

package main

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"syscall"
)

// fileID identifies the file st of path describes, so that one file named twice (under two
// paths, through a link, as a directory and a file in it) is read once: its device and inode,
// else its absolute path.
func fileID(path string, st fs.FileInfo) string {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fmt.Sprintf("inode %d:%d", s.Dev, s.Ino)
	}
	abs, _ := filepath.Abs(path)
	return "path " + abs
}
