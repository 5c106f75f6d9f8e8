// Package report renders claims, contested claims and comparisons as terminal tables,
// GitHub-flavoured markdown and JSON Lines, and writes the markdown report of
// `claimdiff report`.
//
// The entry points:
//
//   - [NewClaimsWriter] streams the claims of one document after another (claimdiff claims);
//   - [Contested] writes the contested events of [compare.Corpus.Contested] (claimdiff
//     contested);
//   - [Comparison] writes one event seen from two sides, with word diffs (claimdiff compare);
//   - [Write] writes a whole report from [Data] (claimdiff report).
//
// Each takes [Options]: the [Format], the width of terminal tables and whether to colour word
// diffs. The command fills them from its flags, the environment (COLUMNS, NO_COLOR) and
// [TerminalWidth]; the package reads no environment itself.
//
// Terminal tables wrap every cell to its column so the table fits the width, measuring wide
// (CJK) characters as two columns and combining marks as none, and replace control
// characters found in articles, so a quotation cannot move the cursor or recolour the
// terminal. Markdown is escaped by the package itself (tablewriter's markdown renderer
// neither escapes "|" nor keeps line breaks): whatever a quotation holds ("|", backticks,
// "*", "<script>", line breaks), it stays plain text in its table cell. JSON Lines are the
// MarshalJSON contracts of [claims.Claim], [compare.Contested] and [compare.Comparison].
//
// It knows presentation only: it never decides what is a claim (package claims) or what is
// contested (package compare). Functions take an io.Writer and return errors; they never print
// to the terminal themselves. Output depends on the input only: no clock, no map order.
package report
