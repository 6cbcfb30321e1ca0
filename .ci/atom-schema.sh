#!/usr/bin/env bash
# Writes the RELAX NG schema of Atom (RFC 4287, Appendix B) to $1/atom.rnc, for AtomFeedValidationTest.
# No Maven artifact or Debian binary package ships it; Debian's raptor2 source package has it as a test fixture
# (tests/feeds/atom.rnc: the RFC's grammar, with its comments). apt fetches the source package with a list of its own
# (the system's apt sources stay as they are) and checks it against the signed .dsc; the file is then pinned by hash.
set -euo pipefail
out=${1:?usage: atom-schema.sh DIRECTORY}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
  >"$work/sources.list"
apt=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Sandbox::User=root)
apt-get "${apt[@]}" -qq update
(cd "$work" && apt-get "${apt[@]}" -qq source --download-only raptor2)
tar -xzOf "$work"/raptor2_*.orig.tar.gz --wildcards 'raptor2-*/tests/feeds/atom.rnc' >"$out/atom.rnc"
echo "3e626c5be661b2ca409a8437ab9046463d0aa02fde6918a8a184311f5929f162  $out/atom.rnc" | sha256sum -c --quiet
echo "$out/atom.rnc"
