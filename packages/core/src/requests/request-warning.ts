/** A field the client left out of a request because the chosen model refuses it, said instead of sent. */
export interface RequestWarning {
  field: string;
  message: string;
}
