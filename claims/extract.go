package claims

// Extract returns the attributed statements of doc in offset order.
func Extract(doc *Document) []Claim {
	return nil
}
