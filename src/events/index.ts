export { codeEvents } from "./coder.js";
export { eventsStage } from "./stage.js";
