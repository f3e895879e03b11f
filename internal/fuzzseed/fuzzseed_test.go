package fuzzseed

import (
	"reflect"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	args := []any{[]byte("a\x00\xff\"b\n"), "héllo", true, int8(-3), int16(-300), int32(7), int64(-1 << 40),
		uint8(255), uint16(65535), uint32(1 << 31), uint64(1<<64 - 1)}
	b, err := Encode(args...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, args) {
		t.Fatalf("round trip:\n got %#v\nwant %#v", got, args)
	}
	if _, err := Encode(3.5); err == nil {
		t.Fatal("float accepted")
	}
	for _, bad := range []string{"", "go test fuzz v2\n", "go test fuzz v1\n[]byte(\"x\"\n", "go test fuzz v1\nint8(300)\n"} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}
