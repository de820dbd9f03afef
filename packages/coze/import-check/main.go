// Command import-check runs a plugin spec through the library calls that Coze Studio's "Create from API" import
// and its "edit code" view make, with the versions Coze Studio's backend pins in its go.mod (kin-openapi v0.118.0,
// gopkg.in/yaml.v3 v3.0.1), and prints what Coze Studio would store as JSON on stdout.
//
// The flows, read from coze-dev/coze-studio (backend):
//   - Import: Convert2OpenAPI loads the file with openapi3.NewLoader().LoadFromData, validates it, and answers the
//     document as yaml.v3 Marshal output; the confirm dialog posts that text to RegisterPlugin, which loads and
//     validates it again before storing the operations.
//   - Edit code: GetPluginInfo shows yaml.v3 Marshal of the stored document; saving loads and validates that text.
//
// So a spec is stored as it looks after two yaml.v3 round trips. Coze Studio's own extra rules (title, server,
// operationId, body and response shapes) are checked by the TypeScript import-rule tests; this program adds only
// what the real libraries do.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"
)

type stage struct {
	Name  string `json:"name"`
	Error string `json:"error,omitempty"`
}

type report struct {
	Stages []stage          `json:"stages"`
	Stored *json.RawMessage `json:"stored,omitempty"`
}

func loadAndValidate(data []byte) (*openapi3.T, error) {
	doc, err := openapi3.NewLoader().LoadFromData(data)
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	return doc, nil
}

func run(input []byte) report {
	var result report
	text := input
	for _, name := range []string{"import: Convert2OpenAPI", "import: RegisterPlugin", "edit code: save"} {
		doc, err := loadAndValidate(text)
		if err != nil {
			result.Stages = append(result.Stages, stage{Name: name, Error: err.Error()})
			return result
		}
		result.Stages = append(result.Stages, stage{Name: name})
		// Each later flow reads the text yaml.v3 makes of the loaded document, not the original file.
		text, err = yaml.Marshal(doc)
		if err != nil {
			result.Stages = append(result.Stages, stage{Name: name + " (yaml.Marshal)", Error: err.Error()})
			return result
		}
	}
	stored, err := loadAndValidate(text)
	if err != nil {
		result.Stages = append(result.Stages, stage{Name: "stored", Error: err.Error()})
		return result
	}
	encoded, err := json.Marshal(stored)
	if err != nil {
		result.Stages = append(result.Stages, stage{Name: "stored (json.Marshal)", Error: err.Error()})
		return result
	}
	raw := json.RawMessage(encoded)
	result.Stored = &raw
	return result
}

func main() {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := json.NewEncoder(os.Stdout).Encode(run(input)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
