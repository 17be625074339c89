// Types of scripts/action-inputs.mjs (used by vitest.config.ts).
export declare const ACTION_INPUTS_MODULE: 'virtual:action-inputs';
export declare function actionInputDefaults(actionYmlPath: string): Record<string, string>;
export declare function actionInputsModuleSource(actionYmlPath: string): string;
