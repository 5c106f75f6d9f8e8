package claims

import "strings"

// NameGender returns the gender a person's name tells, 'f' or 'm', by its given name or a
// title or description before it ("Hillary Clinton": 'f'; "Father John O'Neal": 'm'), as
// the resolver reads it; 0 for a surname alone or a given name of either.
func NameGender(name string) byte {
	return nameGender(strings.Fields(strings.ToLower(name)))
}
