// Types for the light Bottleneck build that @octokit/plugin-throttling itself loads (same API, no Redis).
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
