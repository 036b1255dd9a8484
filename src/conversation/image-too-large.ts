/** Thrown by ImageSource.load when the picture is over the size asked for, so the user hears "too large", not "failed". */
export class ImageTooLargeError extends Error {
  constructor(bytes: number | undefined, maxBytes: number) {
    super(bytes === undefined ? `image is over ${maxBytes} bytes` : `image of ${bytes} bytes is over ${maxBytes}`);
    this.name = "ImageTooLargeError";
  }
}
