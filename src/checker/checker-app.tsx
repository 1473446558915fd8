/**
 * The link checker: a pasted list is read (refused lines shown with their reason), then checked
 * politely with the chosen profile and method; each result shows the chain the browser reported.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CHECK_PROFILES, checkProfile, type CheckProfileId } from '../shared/checker/check-profiles';
import { detectListFormat, readUrlList, readUrlListFile, type UrlList } from '../shared/checker/check-input';
import { counted, say } from '../shared/checker/checker-phrase';
import { useI18n } from '../shared/ui/use-i18n';
import type { CheckRun } from './check-run';
import type { CheckerEnv } from './checker-env';
import { CompareTable } from './compare-table';
import { pacedDraw } from './draw-pace';
import { ComparedRun } from './compared-run';
import { PolitenessSettings } from './politeness-settings';
import { NO_COMPARE, ProfileCompare } from './profile-compare';
import { startRun, type Method } from './start-run';
import { RefusedLines } from './refused-lines';
import { ResultsTable } from './results-table';
import { RunProgress } from './run-progress';
import { CheckerExport } from './checker-export';
import { InputPanel, InputResults, InputTabs, type InputKind, type Preparation, type PreparedInput } from './input-tabs';

/**
 * Re-renders at most once a frame, and while a run goes on at most every DRAW_INTERVAL_MS however many
 * events arrive (draw-pace.ts); at once when `urgent` says the person is waiting for it.
 */
function useDrawTick(urgent: () => boolean): [number, () => void] {
  const [tick, setTick] = useState(0);
  const urgentNow = useRef(urgent);
  urgentNow.current = urgent;
  const [request] = useState(() => {
    const paced = pacedDraw(() => setTick((n) => n + 1), {
      now: () => performance.now(),
      after: (ms, run) => window.setTimeout(run, ms),
      cancel: (timer) => window.clearTimeout(timer),
      nextFrame: (run) => void requestAnimationFrame(run),
    });
    return () => paced(urgentNow.current());
  });
  return [tick, request];
}

export function CheckerApp({ env }: { env: CheckerEnv }) {
  const i18n = useI18n();
  const [text, setText] = useState('');
  const [profileId, setProfileId] = useState<CheckProfileId>('new-visitor');
  const [customUa, setCustomUa] = useState('');
  const [method, setMethod] = useState<Method>('GET');
  const [list, setList] = useState<UrlList | undefined>();
  /** A .txt or .csv file the person opened: checked instead of the text box until they type again. */
  const [file, setFile] = useState<{ name: string; list: UrlList } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [compare, setCompare] = useState(NO_COMPARE);
  const [run, setRun] = useState<CheckRun | ComparedRun | undefined>();
  const runRef = useRef<CheckRun | ComparedRun | undefined>(undefined);
  const [tick, changed] = useDrawTick(() => runRef.current === undefined || runRef.current.finished || runRef.current.paused);
  /** The list, or another input (a page's links, a sitemap, a redirect map), which prepares itself on Check. */
  const [source, setSource] = useState<InputKind>(env.linksOf !== undefined ? 'page-links' : 'list');
  const prepare = useRef<() => Preparation>(() => ({ problem: '' }));
  const [checked, setChecked] = useState<PreparedInput | undefined>();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => env.watchOwnRequests((e) => runRef.current?.onEvent(e)), [env]);

  const finished = run?.finished ?? true;
  useEffect(() => {
    if (run !== undefined && run.finished) void env.resetProfile();
  }, [env, run, tick, finished]);

  const onSubmit = (event: Event): void => {
    event.preventDefault();
    if (!finished) return;
    const input = source === 'list' ? undefined : prepare.current();
    if (input !== undefined && 'problem' in input) return setProblem(input.problem);
    const read = input === undefined ? (file?.list ?? readUrlList(text, detectListFormat(text))) : undefined;
    setList(read);
    if (read !== undefined && read.targets.length === 0) {
      setProblem(i18n.t(read.refused.length > 0 ? 'checkerNoCheckableLine' : 'checkerPasteUrls'));
      return;
    }
    const choice = checkProfile(profileId, customUa);
    if (!choice.ok) {
      setProblem(say(i18n, choice.message));
      return;
    }
    const second = compare.on ? checkProfile(compare.profileId) : undefined;
    if (second !== undefined && !second.ok) {
      setProblem(say(i18n, second.message));
      return;
    }
    setProblem(undefined);
    // The last run's "finished" gives way at once: the new run starts only after its permissions are asked.
    runRef.current = undefined;
    setRun(undefined);
    void startRun(env, input?.targets ?? read?.targets ?? [], second === undefined ? [choice.profile] : [choice.profile, second.profile], method, changed).then(
      (started) => {
        if (!started.ok) {
          setProblem(say(i18n, started.message));
          return;
        }
        runRef.current = started.run;
        setChecked(input);
        setRun(started.run);
        started.run.start();
      },
    );
  };

  const openFile = (input: HTMLInputElement): void => {
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    void chosen.arrayBuffer().then((buffer) => {
      const read = readUrlListFile(new Uint8Array(buffer), /\.csv$/i.test(chosen.name) ? 'csv' : 'lines');
      if ('error' in read) {
        setFile(undefined);
        setProblem(i18n.t('checkerFileProblem', chosen.name, say(i18n, read.error)));
        return;
      }
      setProblem(undefined);
      setFile({ name: chosen.name, list: read });
      setList(read);
    });
  };

  const profiles = useMemo(
    () => [...CHECK_PROFILES.map((p) => ({ id: p.id, label: p.label })), { id: 'custom' as const, label: 'checkerProfileCustom' as const }],
    [],
  );

  useEffect(() => {
    document.title = i18n.t('checkerPageTitle');
  }, [i18n]);

  return (
    <>
      <h1>{i18n.t('checkerTitle')}</h1>
      <InputTabs active={source} onSelect={setSource} />
      <form onSubmit={onSubmit} class="check-form" ref={form}>
        {source !== 'list' ? <InputPanel kind={source} env={env} provide={(p) => (prepare.current = p)} check={() => form.current?.requestSubmit()} /> : null}
        <label hidden={source !== 'list'} for="urls">
          {i18n.t('checkerUrlsLabel')}
        </label>
        <textarea
          id="urls"
          hidden={source !== 'list'}
          data-testid="url-input"
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(e) => {
            setText((e.target as HTMLTextAreaElement).value);
            setFile(undefined);
          }}
        />
        <p class="from-file" hidden={source !== 'list'}>
          <label>
            {i18n.t('checkerOpenListFile')}{' '}
            <input type="file" accept=".txt,.csv,text/plain,text/csv" data-testid="url-file" onChange={(e) => openFile(e.target as HTMLInputElement)} />
          </label>
          {file !== undefined ? (
            <span data-testid="file-summary">
              {' '}
              {file.list.csv !== undefined
                ? i18n.t(
                    'checkerFileSummaryColumn',
                    file.name,
                    say(i18n, counted('checkerUrlsToCheck', file.list.targets.length)),
                    i18n.number(file.list.csv.column + 1),
                  )
                : i18n.t('checkerFileSummary', file.name, say(i18n, counted('checkerUrlsToCheck', file.list.targets.length)))}
            </span>
          ) : null}
        </p>
        <div class="ask-as">
          <label>
            {i18n.t('checkerAskAs')}{' '}
            <select data-testid="profile" value={profileId} onChange={(e) => setProfileId((e.target as HTMLSelectElement).value as CheckProfileId)}>
              {profiles.map((p) => (
                <option value={p.id} key={p.id}>
                  {i18n.t(p.label)}
                </option>
              ))}
            </select>
          </label>
          {profileId === 'custom' ? (
            <label>
              User-Agent{' '}
              <input type="text" data-testid="custom-ua" size={50} value={customUa} onInput={(e) => setCustomUa((e.target as HTMLInputElement).value)} />
            </label>
          ) : null}
          <label>
            {i18n.t('checkerMethod')}{' '}
            <select data-testid="method" value={method} onChange={(e) => setMethod((e.target as HTMLSelectElement).value as Method)}>
              <option value="GET">{i18n.t('checkerMethodGet')}</option>
              <option value="HEAD">HEAD</option>
            </select>
          </label>
          <ProfileCompare value={compare} onChange={setCompare} />
          <button type="submit" data-testid="check" disabled={!finished}>
            {i18n.t('checkerCheck')}
          </button>
        </div>
        {problem !== undefined ? (
          <p class="problem" role="alert" data-testid="problem">
            {problem}
          </p>
        ) : null}
        <PolitenessSettings politeness={env.politeness} />
      </form>
      {list !== undefined ? <RefusedLines list={list} /> : null}
      {run !== undefined ? (
        <>
          <RunProgress run={run} tick={tick} />
          {checked !== undefined ? <InputResults input={checked} results={run.results} tick={tick} /> : null}
          <ResultsTable results={run.results} tick={tick} />
          {run instanceof ComparedRun ? <CompareTable run={run} tick={tick} /> : null}
          <CheckerExport results={run.results} save={env.save} />
        </>
      ) : null}
    </>
  );
}
