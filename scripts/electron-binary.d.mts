export declare function electronBinary(env?: NodeJS.ProcessEnv): { dir: string; executable: string | null };
