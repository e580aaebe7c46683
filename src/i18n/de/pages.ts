/**
 * The prose of the handbook's own pages and the descriptions of the tool pages, in German. Strings
 * marked "HTML" in English keep their markup here.
 */
import type * as en from '../en/pages';
import type { Translation } from '../types';

/** The home page. */
export const homeText: Translation<typeof en.homeText> = {
  description:
    'Das Spektrum des Kundenerlebnisses, die vier Wertquellen und die Unsicherheitslücke verstehen und mit interaktiven Werkzeugen auf Ihr eigenes Angebot anwenden.',
  lead: 'Likes und Klicks messen Aufmerksamkeit, nicht das Erlebnis. Dieses Handbuch vermittelt einen Denkrahmen dafür, was Kunden tatsächlich durchleben: wie oft sie einem Angebot begegnen und wie komplex es ist, woher sein Wert kommt und welche bange Zeit zwischen dem Bezahlen und dem Wertmoment liegt. Dazu gibt es Werkzeuge, mit denen Sie jede Idee an Ihrem eigenen Produkt oder Ihrer Dienstleistung ausprobieren.',
  startReading: (title: string) => `Jetzt lesen: ${title}`,
  frameworkHeading: 'Der Denkrahmen in vier Ideen',
  framework: [
    {
      name: 'Das Spektrum.',
      text: 'Angebote unterscheiden sich in ihrer Komplexität (wie viele Entscheidungen und wie viel Veränderung nötig sind, bis der Wert ankommt) und in ihrer Häufigkeit (wie oft Kunden ihnen begegnen, ob beim Kauf oder einfach im Alltag).',
    },
    {
      name: 'Vier Wertquellen.',
      text: 'Ein Problem lösen, eine Chance eröffnen, sich gut fühlen und gut dastehen – und wie sich die Mischung verschiebt, je häufiger man dem Angebot begegnet.',
    },
    {
      name: 'Die Unsicherheitslücke.',
      text: 'Die Zeit und die Größe des Schritts zwischen der Kaufentscheidung und dem Wertmoment, in der Zweifel und Abwanderung wachsen.',
    },
    {
      name: 'Wem das Gespräch gehört.',
      text: 'Warum soziale Medien ein Dialog sind und warum Kundenservice, Produktentwicklung und Betrieb vernetzte Kunden oft besser bedienen als das Marketing.',
    },
  ],
  chaptersHeading: 'Kapitel',
  toolsHeading: 'Werkzeuge',
};

/** The list of tools. */
export const toolsPageText: Translation<typeof en.toolsPageText> = {
  description:
    'Interaktive Werkzeuge, die den Denkrahmen auf Ihr eigenes Angebot anwenden: Spektrum-Raster, Wert-Quiz, Kano-Klassifikator und Unsicherheitsrechner.',
  intro:
    'Jedes Werkzeug überträgt ein Kapitel auf Ihr eigenes Angebot. Was Sie eingeben, bleibt in Ihrem Browser und in der Adresse der Seite; ein ausgefülltes Werkzeug können Sie deshalb als Link weitergeben.',
};

/** The sources page. */
export const sourcesText: Translation<typeof en.sourcesText> = {
  description: 'Alle Werke, die das Handbuch zitiert, mit den Kapiteln, in denen sie vorkommen.',
  intro:
    'Das Handbuch ist in unseren eigenen Worten geschrieben. Sein Denkrahmen stammt aus fünf Essays; das Kano-Modell und weitere Fakten stammen aus den unten genannten Werken. Bei jedem Eintrag stehen die Kapitel, die ihn zitieren.',
};

/** The glossary page. */
export const glossaryText: Translation<typeof en.glossaryText> = {
  description: 'Alle Begriffe des Handbuchs, einfach erklärt, jeweils mit dem Kapitel, das sie ausführt.',
  intro:
    'Alle Begriffe, die das Handbuch verwendet, in einfachen Worten. Jeder verweist auf das Kapitel, das ihn erklärt.',
};

/** The offline-use page. */
export const offlinePageText: Translation<typeof en.offlinePageText> = {
  intro:
    'Einmal geladen, braucht das Handbuch kein Netz mehr. Alles, was es zeigt – von den Kapiteln über die Werkzeuge und ihre Diagramme bis zur Suche –, läuft in Ihrem Browser aus Dateien, die schon vorliegen. Es gibt zwei Wege, es mitzunehmen.',
  installHeading: 'Über den Browser installieren',
  install:
    'Öffnen Sie eine beliebige Seite des Handbuchs einmal, solange Sie online sind. Ihr Browser legt dann im Hintergrund eine Kopie aller Seiten, aller Werkzeuge und des Suchindex an. Von da an öffnet sich das Handbuch auch ohne Verbindung unter derselben Adresse, einschließlich aller Werkzeug-Links, die Ihnen jemand aus einer Schulung geschickt hat.',
  installWays: [
    'In Chrome, Edge und anderen Chromium-Browsern wählen Sie in der Adressleiste oder im Menü <strong>Installieren</strong>; dann bekommt das Handbuch ein eigenes Fenster und Symbol.',
    'Auf dem Smartphone nutzen Sie <strong>Zum Startbildschirm hinzufügen</strong> im Browsermenü oder im Teilen-Dialog.',
    'Browser, die keine Web-Apps installieren, behalten die Offline-Kopie trotzdem für die Adresse der Website.',
  ],
  updates:
    'Wenn wir eine neue Version veröffentlichen, bietet ein kurzer Hinweis unten auf der Seite an, neu zu laden. Bis Sie zustimmen, ändert sich nichts; eine Seite mischt also nie mitten in der Sitzung alte und neue Teile.',
  downloadHeading: 'Offline-Ausgabe herunterladen',
  download:
    'Für einen Schulungsraum ohne Internet, einen Flug oder einen Rechner, auf dem Sie nichts installieren dürfen: Laden Sie das Handbuch als eine ZIP-Datei herunter. Es funktioniert direkt von der Festplatte oder einem USB-Stick – ohne Server, ohne Installation, ohne Netz.',
  downloadSteps: (folder: string) => [
    'Laden Sie die ZIP-Datei herunter und entpacken Sie sie (auf den meisten Rechnern: Rechtsklick, dann „Alle extrahieren“ oder „Öffnen“).',
    `Öffnen Sie den Ordner, der dabei entsteht: <code>${folder}</code>.`,
    'Öffnen Sie darin <code>de/index.html</code> in einem Webbrowser, per Doppelklick oder indem Sie die Datei in ein Browserfenster ziehen (<code>index.html</code> daneben öffnet die englische Ausgabe).',
  ],
  edition:
    'Alle Kapitel, Werkzeuge, Diagramme und die Suche funktionieren in der Ausgabe wie hier. Links zwischen den Seiten bleiben im Ordner; lassen Sie seine Dateien also beisammen. Die Datei <code>LIESMICH</code> im Ordner (als .html und als .txt) wiederholt diese Schritte.',
  privacyHeading: 'Was auf Ihrem Gerät bleibt',
  privacy:
    'Was Sie in ein Werkzeug eingeben, bleibt in Ihrem Browser, auf Ihrem Rechner und in der Adresse der Seite; so können Sie ein ausgefülltes Werkzeug als Lesezeichen speichern. Nichts wird irgendwohin gesendet: Das Handbuch lädt nichts von anderen Websites, weder online noch offline.',
  trainersHeading: 'Für Trainerinnen und Trainer',
  trainers: [
    'Kopieren Sie die ZIP-Datei vor der Sitzung auf einen USB-Stick oder ein gemeinsames Laufwerk; alle Teilnehmenden entpacken sie und öffnen <code>de/index.html</code>.',
    'In der Offline-Ausgabe kopiert <strong>Link zu diesem Ergebnis kopieren</strong> eine Adresse auf der Festplatte dieses Rechners. Um ein ausgefülltes Werkzeug mit der Gruppe zu teilen, kopieren Sie den Link stattdessen aus dem Online-Handbuch.',
    'Die Ausgabe ist eine Momentaufnahme. Laden Sie sie vor jedem Kurs neu herunter, um den neuesten Stand zu haben.',
  ],
};
