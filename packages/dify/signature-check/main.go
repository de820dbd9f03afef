// Command signature-check answers whether Dify's plugin daemon would accept a .difypkg or .difybndl on upload,
// and why, under the daemon's signature settings read from the same environment variables the daemon reads:
//
//	FORCE_VERIFYING_SIGNATURE                       default true
//	THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED      default false
//	THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS  comma-separated public key file paths
//	ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES            default true (bundles only, as in the daemon)
//
// It is the test oracle for our signer, so it is written from the daemon's code (langgenius/dify-plugin-daemon),
// not from ours, and runs on the libraries the daemon runs on: Go's archive/zip, crypto/rsa, crypto/x509,
// encoding/pem, encoding/json and gopkg.in/yaml.v3 v3.0.1. Its steps, and where each comes from:
//   - internal/service/plugin_decoder.go UploadPluginPkg / UploadPluginBundle: the upload decisions and messages;
//   - pkg/plugin_packager/decoder/zip.go NewZipPluginDecoderWithSizeLimit, Walk, ReadFile, decode: entries in
//     central-directory order read through zip.Reader.Open; the zip comment as JSON {signature, time}; the optional
//     .verification.dify.json;
//   - pkg/plugin_packager/decoder/verifier.go VerifyPluginWithPublicKeys: SHA-256 of each entry's content in that
//     order, then the decimal time, checked with rsa.VerifyPKCS1v15 over SHA-256 against each key;
//   - pkg/utils/encryption/rsa.go LoadPublicKey: one PEM block of type "RSA PUBLIC KEY" (PKCS#1), nothing after it;
//   - pkg/plugin_packager/decoder/helper.go verified: third-party keys are used only when enabled and listed;
//   - pkg/plugin_packager/decoder/checksum.go CalculateChecksum: the package identity bundles refer to;
//   - internal/core/plugin_manager/packages.go PreparePackage: a verified package without a verification file
//     counts as category langgenius.
//
// What it leaves out: the daemon's embedded official public key (no package of ours is signed with it), and the
// rest of manifest validation (the SDK suites check the YAML). The daemon module itself is not served by the Go
// module proxy, so it cannot be imported here.
package main

import (
	"archive/zip"
	"bytes"
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

const (
	verificationFile = ".verification.dify.json"
	badSignature     = "plugin verification has been enabled, and the plugin you want to install has a bad signature"
	// The Dify docker setup's MAX_PLUGIN_PACKAGE_SIZE.
	maxPluginPackageSize = 52428800
)

type settings struct {
	forceVerifying     bool
	thirdPartyEnabled  bool
	thirdPartyKeyPaths []string
	enforceLanggenius  bool
}

type verification struct {
	AuthorizedCategory string `json:"authorized_category"`
}

type packageReport struct {
	Asset        string        `json:"asset,omitempty"`
	Author       string        `json:"author"`
	Name         string        `json:"name"`
	Version      string        `json:"version"`
	Checksum     string        `json:"checksum"`
	Verified     bool          `json:"verified"`
	VerifyError  string        `json:"verify_error,omitempty"`
	Verification *verification `json:"verification"`
}

type report struct {
	Accepted bool            `json:"accepted"`
	Error    string          `json:"error,omitempty"`
	Packages []packageReport `json:"packages"`
}

func envBool(name string, fallback bool) bool {
	value, ok := os.LookupEnv(name)
	if !ok || value == "" {
		return fallback
	}
	parsed, err := strconv.ParseBool(value)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s=%q is not a boolean\n", name, value)
		os.Exit(2)
	}
	return parsed
}

func readSettings() settings {
	var keys []string
	if value := os.Getenv("THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS"); value != "" {
		keys = strings.Split(value, ",")
	}
	return settings{
		forceVerifying:     envBool("FORCE_VERIFYING_SIGNATURE", true),
		thirdPartyEnabled:  envBool("THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED", false),
		thirdPartyKeyPaths: keys,
		enforceLanggenius:  envBool("ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES", true),
	}
}

func readEntry(reader *zip.Reader, name string) ([]byte, error) {
	file, err := reader.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

func loadPublicKey(data []byte) (*rsa.PublicKey, error) {
	block, rest := pem.Decode(data)
	if block == nil || block.Type != "RSA PUBLIC KEY" {
		return nil, errors.New("failed to decode PEM block containing public key")
	}
	if len(rest) != 0 {
		return nil, errors.New("extra data included in the PEM block")
	}
	return x509.ParsePKCS1PublicKey(block.Bytes)
}

func trustedKeys(config settings) ([]*rsa.PublicKey, error) {
	if !config.thirdPartyEnabled || len(config.thirdPartyKeyPaths) == 0 {
		return nil, nil
	}
	var keys []*rsa.PublicKey
	for _, keyPath := range config.thirdPartyKeyPaths {
		data, err := os.ReadFile(strings.TrimSpace(keyPath))
		if err != nil {
			return nil, err
		}
		key, err := loadPublicKey(data)
		if err != nil {
			return nil, err
		}
		keys = append(keys, key)
	}
	return keys, nil
}

func verify(reader *zip.Reader, keys []*rsa.PublicKey) (*verification, error) {
	message := new(bytes.Buffer)
	for _, file := range reader.File {
		dir, name := path.Split(file.Name)
		content, err := readEntry(reader, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(content)
		message.Write(sum[:])
	}
	var comment struct {
		Signature string `json:"signature"`
		Time      int64  `json:"time"`
	}
	if err := json.Unmarshal([]byte(reader.Comment), &comment); err != nil {
		return nil, fmt.Errorf("zip comment: %w", err)
	}
	var claimed *verification
	if data, err := readEntry(reader, verificationFile); err == nil {
		claimed = &verification{}
		if err := json.Unmarshal(data, claimed); err != nil {
			return nil, err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	message.WriteString(strconv.FormatInt(comment.Time, 10))
	signature, err := base64.StdEncoding.DecodeString(comment.Signature)
	if err != nil {
		return nil, err
	}
	if len(keys) == 0 {
		return nil, errors.New("no trusted third-party key (the daemon would try only its official key)")
	}
	digest := sha256.Sum256(message.Bytes())
	var lastErr error
	for _, key := range keys {
		if lastErr = rsa.VerifyPKCS1v15(key, crypto.SHA256, digest[:], signature); lastErr == nil {
			if claimed == nil {
				claimed = &verification{AuthorizedCategory: "langgenius"}
			}
			return claimed, nil
		}
	}
	return nil, lastErr
}

func checksum(reader *zip.Reader) (string, error) {
	sums := map[string][]byte{}
	for _, file := range reader.File {
		dir, name := path.Split(file.Name)
		content, err := readEntry(reader, path.Join(dir, name))
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(content)
		sums[path.Join(dir, name)] = sum[:]
	}
	names := make([]string, 0, len(sums))
	for name := range sums {
		names = append(names, name)
	}
	slices.Sort(names)
	data := make([]byte, 0, len(names)*64)
	for _, name := range names {
		nameSum := sha256.Sum256([]byte(name))
		data = append(append(data, nameSum[:]...), sums[name]...)
	}
	total := sha256.Sum256(data)
	return hex.EncodeToString(total[:]), nil
}

func inspectPackage(data []byte, keys []*rsa.PublicKey) (packageReport, error) {
	reader, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return packageReport{}, errors.New(strings.ReplaceAll(err.Error(), "zip", "difypkg"))
	}
	manifestData, err := readEntry(reader, "manifest.yaml")
	if err != nil {
		return packageReport{}, err
	}
	var manifest struct {
		Author  string `yaml:"author"`
		Name    string `yaml:"name"`
		Version string `yaml:"version"`
	}
	if err := yaml.Unmarshal(manifestData, &manifest); err != nil {
		return packageReport{}, err
	}
	sum, err := checksum(reader)
	if err != nil {
		return packageReport{}, err
	}
	result := packageReport{Author: manifest.Author, Name: manifest.Name, Version: manifest.Version, Checksum: sum}
	claimed, verifyErr := verify(reader, keys)
	result.Verified = verifyErr == nil
	result.Verification = claimed
	if verifyErr != nil {
		result.VerifyError = verifyErr.Error()
	}
	return result, nil
}

func uploadPackage(data []byte, config settings, keys []*rsa.PublicKey) report {
	reader, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return report{Error: err.Error()}
	}
	var total uint64
	for _, file := range reader.File {
		if total += file.UncompressedSize64; total > maxPluginPackageSize {
			return report{Error: "plugin package size is too large"}
		}
	}
	inspected, err := inspectPackage(data, keys)
	if err != nil {
		return report{Error: err.Error()}
	}
	result := report{Packages: []packageReport{inspected}}
	if config.forceVerifying && !inspected.Verified {
		result.Error = badSignature
		return result
	}
	result.Accepted = true
	return result
}

func uploadBundle(data []byte, config settings, keys []*rsa.PublicKey) report {
	reader, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return report{Error: err.Error()}
	}
	manifestData, err := readEntry(reader, "manifest.yaml")
	if err != nil {
		return report{Error: err.Error()}
	}
	var manifest struct {
		Type         string `yaml:"type"`
		Dependencies []struct {
			Type  string `yaml:"type"`
			Value struct {
				Path string `yaml:"path"`
			} `yaml:"value"`
		} `yaml:"dependencies"`
	}
	if err := yaml.Unmarshal(manifestData, &manifest); err != nil {
		return report{Error: err.Error()}
	}
	if manifest.Type != "bundle" {
		return report{Error: fmt.Sprintf("manifest type is %q, not bundle", manifest.Type)}
	}
	result := report{Packages: []packageReport{}}
	for _, dependency := range manifest.Dependencies {
		if dependency.Type != "package" {
			continue
		}
		asset, err := readEntry(reader, "_assets/"+dependency.Value.Path)
		if err != nil {
			result.Error = "failed to fetch package from bundle: " + err.Error()
			return result
		}
		inspected, err := inspectPackage(asset, keys)
		if err != nil {
			result.Error = "failed to decode package: " + err.Error()
			return result
		}
		inspected.Asset = dependency.Value.Path
		result.Packages = append(result.Packages, inspected)
		if config.forceVerifying && !inspected.Verified {
			result.Error = badSignature
			return result
		}
		claimsLanggenius := strings.ToLower(inspected.Author) == "langgenius"
		if config.enforceLanggenius && claimsLanggenius && (inspected.Verification == nil || inspected.Verification.AuthorizedCategory != "langgenius") {
			result.Error = "plugin claims langgenius authorship without a langgenius signature"
			return result
		}
	}
	result.Accepted = true
	return result
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: signature-check FILE.difypkg|FILE.difybndl (settings from the daemon's environment variables)")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	config := readSettings()
	keys, err := trustedKeys(config)
	var result report
	if err != nil {
		result = report{Error: "cannot load a third-party public key: " + err.Error()}
	} else if strings.HasSuffix(os.Args[1], ".difybndl") {
		result = uploadBundle(data, config, keys)
	} else {
		result = uploadPackage(data, config, keys)
	}
	if result.Packages == nil {
		result.Packages = []packageReport{}
	}
	if err := json.NewEncoder(os.Stdout).Encode(result); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
