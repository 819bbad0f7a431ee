// The classifier in a Web Worker: the form's values in, the same plain-JSON result as the page out.
import { classify } from "./classify.js";

self.onmessage = (event) => self.postMessage(classify(event.data));
