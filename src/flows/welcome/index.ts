export { welcomeFlow } from './machine.js';
