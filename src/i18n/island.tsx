/**
 * The language of an island, explicit: the Astro page passes `lang` to the island, its root provides it
 * to every component below, and components read their tables with `useText(NS)`, where
 * `const NS = uses('kano')` sits at the module's top.
 */
import { type ComponentType, createContext, type FunctionComponent, h } from 'preact';
import { useContext } from 'preact/hooks';
import { language } from './languages';
import { type Declared, loadDeclared, type Namespace, type Namespaces, textOf } from './text';

const LangContext = createContext<string | undefined>(undefined);

/** The language of the island this component renders in. */
export function useLang(): string {
  const lang = useContext(LangContext);
  if (lang === undefined) throw new Error('useLang outside an island: export the root with island()');
  return lang;
}

/** The locale numbers and dates are written in, in this island's language ("en-GB", "de-DE"). */
export function useLocale(): string {
  return language(useLang()).locale;
}

/** The table `ns` in this island's language. */
export function useText<N extends Namespace>(ns: Declared<N>): Namespaces[N] {
  return textOf(useLang(), ns);
}

/** The props every island root takes: the page's language. */
export interface LangProps {
  /** The language the island renders in, passed by the page ("en", "de"). */
  lang: string;
}

/** An island's root: a component that takes `lang`, and loads that language's tables before it hydrates. */
export type Island<P> = FunctionComponent<P & LangProps> & {
  /** Loads the tables the island's modules declared, in `lang`; the hydration directives await it. */
  loadText(lang: string): Promise<void>;
};

/** Makes `Body` an island root: it takes `lang` and gives it to every component below. */
export function island<P extends object>(Body: ComponentType<P>): Island<P> {
  const Root: FunctionComponent<P & LangProps> = (props) =>
    h(LangContext.Provider, { value: props.lang }, h(Body as ComponentType<P & LangProps>, props));
  Root.displayName = `Island(${Body.displayName ?? Body.name})`;
  return Object.assign(Root, { loadText: loadDeclared });
}
