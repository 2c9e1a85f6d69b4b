import type { GetOutputType } from "@smithy/types";
import type { AwsService } from "../limits/quotas";
import { callAws, type CallDeps, type RetryPolicy } from "../calls/call-aws";
import { paginate } from "./paginate";

// `any` is what lets every SDK command class (each with its own input type) fit one map.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandClass = new (input: any) => { readonly input: object };
export type CommandMap = Record<string, CommandClass>;
export type InputOf<C extends CommandClass> = InstanceType<C>["input"];
export type OutputOf<C extends CommandClass> = GetOutputType<InstanceType<C>>;

/** The part of an SDK client this layer uses. */
export type SdkClient = {
  send(command: InstanceType<CommandClass>, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
};

export type Paging<Page> = {
  /** The input field that carries the continuation token. */
  tokenIn: string;
  /** The input field for the page size, filled with the maximum when the caller leaves it out. */
  sizeIn?: string;
  maxSize?: number;
  next(page: Page): string | undefined;
};

export type PagingTable<Commands extends CommandMap, Paged extends keyof Commands & string> = {
  [K in Paged]: Paging<OutputOf<Commands[K]>>;
};

export type SendOptions = {
  signal?: AbortSignal;
  /**
   * This call's retries, e.g. `{ maxAttempts: 1 }` for a change that must not run twice: a timed
   * out RotateKeyOnDemand may still have happened.
   */
  retry?: Partial<RetryPolicy>;
};

export type CallTarget = { service: AwsService; accountId: string; region: string };

/**
 * An SDK client behind the limiter, retries and statistics: `send("DescribeKey", { KeyId })`
 * returns the SDK's typed output; `paginate("ListGrants", { KeyId })` yields every page.
 */
export class ServiceClient<Commands extends CommandMap, Paged extends keyof Commands & string = never> {
  constructor(
    readonly target: CallTarget,
    /** The SDK client for an operation: one per quota pool, each with its own connections. */
    private readonly sdkFor: (operation: string) => SdkClient,
    private readonly commands: Commands,
    private readonly paging: PagingTable<Commands, Paged>,
    private readonly deps: CallDeps,
  ) {}

  send<K extends keyof Commands & string>(operation: K, input: InputOf<Commands[K]>, options: SendOptions = {}): Promise<OutputOf<Commands[K]>> {
    const Command = this.commands[operation];
    const sdk = this.sdkFor(operation);
    return callAws(
      { ...this.target, operation },
      (abortSignal) => sdk.send(new Command(input), { abortSignal }) as Promise<OutputOf<Commands[K]>>,
      {
        ...this.deps,
        signal: options.signal ?? this.deps.signal,
        policy: options.retry ? { ...this.deps.policy, ...options.retry } : this.deps.policy,
      },
    );
  }

  paginate<K extends Paged>(operation: K, input: InputOf<Commands[K]>, options: SendOptions = {}): AsyncGenerator<OutputOf<Commands[K]>, void, undefined> {
    const spec = this.paging[operation];
    const given = input as Record<string, unknown>;
    const first = spec.sizeIn && spec.maxSize ? { [spec.sizeIn]: spec.maxSize, ...given } : given;
    return paginate(
      (token) => this.send(operation, (token === undefined ? first : { ...first, [spec.tokenIn]: token }) as InputOf<Commands[K]>, options),
      (page) => spec.next(page),
    );
  }
}
