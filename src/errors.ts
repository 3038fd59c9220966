/**
 * An error caused by the user's input or arguments. The CLI and the server print its
 * message as is (one line, no stack trace); anything else is a bug.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
