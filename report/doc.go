// Package report renders claims, contested claims and comparisons as terminal tables,
// GitHub-flavoured markdown and JSON Lines.
//
// It knows presentation only: it never decides what is a claim (package claims) or what is
// contested (package compare). Functions take an io.Writer and return errors; they never print
// to the terminal themselves.
package report
