/**
 * Ambient declarations of the Angular APIs a component class uses, written for the validator
 * (@angular/core is not a dependency: only its compiler is). Enough for the type-checker to check
 * decorators, signal inputs/outputs and state; an API missing here is reported as a warning.
 */
export const ANGULAR_STUBS = `
declare module '@angular/core' {
  export interface Type<T = unknown> extends Function { new (...args: any[]): T; }
  export enum ChangeDetectionStrategy { OnPush = 0, Default = 1 }
  export enum ViewEncapsulation { Emulated = 0, None = 2, ShadowDom = 3 }
  export interface ComponentMetadata {
    selector?: string; standalone?: boolean; template?: string; templateUrl?: string;
    styles?: string | string[]; styleUrl?: string; styleUrls?: string[]; imports?: unknown[];
    changeDetection?: ChangeDetectionStrategy; encapsulation?: ViewEncapsulation; host?: Record<string, string>;
    providers?: unknown[]; viewProviders?: unknown[]; exportAs?: string; inputs?: string[]; outputs?: string[];
    animations?: unknown[]; schemas?: unknown[]; hostDirectives?: unknown[]; preserveWhitespaces?: boolean;
  }
  export function Component(meta: ComponentMetadata): ClassDecorator;
  export function Directive(meta?: { selector?: string; standalone?: boolean; host?: Record<string, string>; providers?: unknown[]; exportAs?: string }): ClassDecorator;
  export function Pipe(meta: { name: string; standalone?: boolean; pure?: boolean }): ClassDecorator;
  export function Injectable(meta?: { providedIn?: 'root' | 'platform' | 'any' | null }): ClassDecorator;
  export function Input(arg?: string | { alias?: string; required?: boolean; transform?: (value: any) => unknown }): PropertyDecorator;
  export function Output(alias?: string): PropertyDecorator;
  export function HostListener(event: string, args?: string[]): MethodDecorator;
  export function HostBinding(property?: string): PropertyDecorator;
  export function ViewChild(selector: unknown, opts?: { static?: boolean; read?: unknown }): PropertyDecorator;
  export function ViewChildren(selector: unknown, opts?: { read?: unknown }): PropertyDecorator;
  export function ContentChild(selector: unknown, opts?: { static?: boolean; read?: unknown }): PropertyDecorator;
  export function ContentChildren(selector: unknown, opts?: { descendants?: boolean; read?: unknown }): PropertyDecorator;
  export class EventEmitter<T = unknown> {
    constructor(isAsync?: boolean);
    emit(value?: T): void;
    subscribe(next?: (value: T) => void): { unsubscribe(): void };
  }
  export class ElementRef<T = any> { constructor(nativeElement: T); nativeElement: T; }
  export class ChangeDetectorRef { markForCheck(): void; detectChanges(): void; }
  export class DestroyRef { onDestroy(callback: () => void): () => void; }
  export class InjectionToken<T> { constructor(description: string, options?: { providedIn?: 'root'; factory?: () => T }); }
  export class TemplateRef<C = unknown> { readonly elementRef: ElementRef; }
  export function inject<T>(token: Type<T> | InjectionToken<T> | (abstract new (...args: any[]) => T), options?: { optional?: boolean; self?: boolean }): T;
  export interface Signal<T> { (): T; }
  export interface WritableSignal<T> { (): T; set(value: T): void; update(fn: (value: T) => T): void; asReadonly(): Signal<T>; }
  export interface CreateSignalOptions<T> { equal?: (a: T, b: T) => boolean; debugName?: string }
  export function signal<T>(initial: T, options?: CreateSignalOptions<T>): WritableSignal<T>;
  export function computed<T>(fn: () => T, options?: CreateSignalOptions<T>): Signal<T>;
  export function linkedSignal<T>(fn: () => T, options?: CreateSignalOptions<T>): WritableSignal<T>;
  export function linkedSignal<S, T>(options: { source: () => S; computation: (source: S, previous?: { source: S; value: T }) => T; equal?: (a: T, b: T) => boolean }): WritableSignal<T>;
  export function effect(fn: (onCleanup: (cleanup: () => void) => void) => void, options?: { manualCleanup?: boolean; debugName?: string }): { destroy(): void };
  export function untracked<T>(fn: () => T): T;
  export interface InputSignal<T> { (): T; }
  export interface InputSignalWithTransform<T, W> { (): T; readonly __write?: W; }
  export interface InputFunction {
    <T>(): InputSignal<T | undefined>;
    <T>(initial: T, options?: { alias?: string; debugName?: string }): InputSignal<T>;
    <T, W>(initial: T, options: { alias?: string; debugName?: string; transform: (value: W) => T }): InputSignalWithTransform<T, W>;
    required: {
      <T>(options?: { alias?: string; debugName?: string }): InputSignal<T>;
      <T, W>(options: { alias?: string; debugName?: string; transform: (value: W) => T }): InputSignalWithTransform<T, W>;
    };
  }
  export const input: InputFunction;
  export interface ModelSignal<T> extends WritableSignal<T> {}
  export const model: {
    <T>(): ModelSignal<T | undefined>;
    <T>(initial: T, options?: { alias?: string }): ModelSignal<T>;
    required<T>(options?: { alias?: string }): ModelSignal<T>;
  };
  export interface OutputEmitterRef<T> { emit(value: T): void; subscribe(callback: (value: T) => void): { unsubscribe(): void }; }
  export function output<T = void>(options?: { alias?: string }): OutputEmitterRef<T>;
  export function booleanAttribute(value: unknown): boolean;
  export function numberAttribute(value: unknown, fallback?: number): number;
  export const viewChild: { <T>(locator: string | Type<T>, opts?: { read?: unknown }): Signal<T | undefined>; required<T>(locator: string | Type<T>, opts?: { read?: unknown }): Signal<T> };
  export function viewChildren<T>(locator: string | Type<T>, opts?: { read?: unknown }): Signal<readonly T[]>;
  export const contentChild: { <T>(locator: string | Type<T>, opts?: { read?: unknown; descendants?: boolean }): Signal<T | undefined>; required<T>(locator: string | Type<T>): Signal<T> };
  export function contentChildren<T>(locator: string | Type<T>, opts?: { read?: unknown; descendants?: boolean }): Signal<readonly T[]>;
  export function afterNextRender(fn: () => void): void;
  export function afterRenderEffect(fn: () => void): void;
  export interface OnInit { ngOnInit(): void; }
  export interface OnDestroy { ngOnDestroy(): void; }
  export interface AfterViewInit { ngAfterViewInit(): void; }
  export interface AfterContentInit { ngAfterContentInit(): void; }
  export interface DoCheck { ngDoCheck(): void; }
  export interface SimpleChange { previousValue: any; currentValue: any; firstChange: boolean; }
  export type SimpleChanges = Record<string, SimpleChange>;
  export interface OnChanges { ngOnChanges(changes: SimpleChanges): void; }
}
declare module '@angular/common' {
  export class NgIf {} export class NgFor {} export class NgForOf {} export class NgClass {} export class NgStyle {}
  export class NgSwitch {} export class NgSwitchCase {} export class NgSwitchDefault {} export class NgTemplateOutlet {}
  export class NgOptimizedImage {} export class CommonModule {} export class AsyncPipe {} export class DatePipe {}
  export class CurrencyPipe {} export class DecimalPipe {} export class PercentPipe {} export class JsonPipe {}
  export class UpperCasePipe {} export class LowerCasePipe {} export class TitleCasePipe {} export class SlicePipe {}
  export class KeyValuePipe {}
}
`;
