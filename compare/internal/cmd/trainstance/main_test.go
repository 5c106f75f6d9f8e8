package main

import "testing"

// TestSmoothedArgmax: a lone peak loses to a broad top, as the disagree factor's objective
// is flat and noisy near its best.
func TestSmoothedArgmax(t *testing.T) {
	tests := []struct {
		v    []float64
		want int
	}{
		{[]float64{1.3252, 1.3338, 1.3309, 1.3305, 1.3301, 1.3250}, 2},
		{[]float64{0.1, 0.9, 0.1, 0.5, 0.6, 0.5}, 4},
		{[]float64{0.2, 0.1}, 0},
		{[]float64{0.4}, 0},
	}
	for _, tt := range tests {
		if got := smoothedArgmax(tt.v); got != tt.want {
			t.Errorf("smoothedArgmax(%v) = %d, want %d", tt.v, got, tt.want)
		}
	}
}
