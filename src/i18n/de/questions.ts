import type * as en from '../en/questions';
import type { Translation } from '../types';

/** Die Wörter der Fragen in den Kapiteln, nach Kennung (Antworten und Modelle: src/lib/learn/questions.ts). */
export const questionsText: Translation<typeof en.questionsText> = {
  'ba-attention': {
    anchor: 'aufmerksamkeit-ist-kein-erlebnis',
    prompt: 'Was messen Likes, Klicks und Erwähnungen nach McDonalds Warnung?',
    choices: [
      { label: 'Aufmerksamkeit', why: 'Richtig: Sie zählen Aufmerksamkeit, und dort beginnt ein Erlebnis erst.' },
      {
        label: 'Das Kundenerlebnis',
        why: 'Nicht ganz: Das Erlebnis spielt sich nach dem Klick ab, und das sehen diese Zahlen nicht.',
      },
      {
        label: 'Den Wert, den Kunden bekommen haben',
        why: 'Nein: Ob Kunden bekamen, wofür sie zahlten, kann gerade keine Zahl von Likes sagen.',
      },
    ],
  },
  'ba-four-parts': {
    anchor: 'das-modell-im-überblick',
    prompt: 'Was davon gehört nicht zu den vier Teilen des Modells?',
    choices: [
      { label: 'Wo das Angebot liegt', why: 'Es gehört dazu: Komplexität und Häufigkeit verorten das Angebot.' },
      { label: 'Das Warten auf den Wert', why: 'Es gehört dazu: Diese Strecke ist die Unsicherheitslücke.' },
      {
        label: 'Die Höhe des Marketingbudgets',
        why: 'Richtig: Das Budget ist keiner der vier Teile; das Modell blickt über das Marketing hinaus.',
      },
      { label: 'Wer die Arbeit macht', why: 'Es gehört dazu: Die letzten Essays fragen, wer Kunden dient.' },
    ],
  },
  'ba-moment': {
    anchor: 'ein-teleskop-von-anfang-bis-ende',
    prompt: 'Wann erreicht der Käufer im Teleskop-Beispiel den Wertmoment?',
    choices: [
      {
        label: 'Wenn das Paket ankommt',
        why: 'Noch nicht: Das Paket kommt in einer wolkigen Woche, und dort beginnen die Zweifel.',
      },
      {
        label: 'Wenn zum ersten Mal der Saturn ins Bild kommt',
        why: 'Richtig: Dieser erste Anblick ist es, wofür er bezahlt hat, und manche kommen nie dahin.',
      },
      { label: 'Wenn die Zahlung durch ist', why: 'Nein: Das Bezahlen öffnet die Lücke; der Wert kommt später.' },
    ],
  },
  'ba-lead-ins': {
    anchor: 'wie-man-es-liest',
    prompt: 'Was folgt auf einen Abschnitt, der mit „Das Modell des Handbuchs:“ beginnt?',
    choices: [
      {
        label: 'Eine Formel, Gewichte oder Punkte, die das Handbuch ergänzt',
        why: 'Richtig: Dieser Einstieg kennzeichnet eigene Zahlen, die die Essays nicht liefern.',
      },
      { label: 'Ein Zitat aus den Essays', why: 'Nein: Das Handbuch gibt sinngemäß wieder und nennt den Autor.' },
      {
        label: 'Eine Zusammenfassung von McDonalds Thesen',
        why: 'Nein: Seine Thesen werden ihm namentlich zugeschrieben; der Einstieg markiert Eigenes.',
      },
    ],
  },
  'sp-axes': {
    anchor: 'zwei-achsen',
    prompt: 'Mit welchen zwei Größen wird ein Angebot im Spektrum des Kundenerlebnisses verortet?',
    choices: [
      {
        label: 'Komplexität und Häufigkeit',
        why: 'Richtig: was es braucht, um den Wert zu bekommen, und wie oft man dem Angebot begegnet.',
      },
      { label: 'Preis und Marge', why: 'Nein: Keine Achse misst Geld; auch ein billiges Produkt kann komplex sein.' },
      {
        label: 'Marktgröße und Wachstum',
        why: 'Nein: Die Fläche beschreibt das Erlebnis der Kunden, nicht den Markt.',
      },
    ],
  },
  'sp-handbag': {
    anchor: 'häufigkeit',
    prompt: 'Warum liegt eine Handtasche auf der Häufigkeitsachse nahe bei Lebensmitteln?',
    choices: [
      {
        label: 'Sie wird etwa so oft gekauft',
        why: 'Nein: Eine Handtasche kauft man selten; der Kauf ist nicht die einzige Begegnung.',
      },
      {
        label: 'Sie wird jeden Tag getragen und gesehen',
        why: 'Richtig: Häufigkeit zählt das Sehen eines Angebots ebenso wie den Kauf.',
      },
      { label: 'Sie kostet etwa so viel', why: 'Nein: Der Preis gehört gar nicht zur Häufigkeit.' },
    ],
  },
  'sp-span': {
    anchor: 'angebote-die-eine-spanne-abdecken',
    prompt: 'Ein Auto ist ein seltener, komplexer Kauf und zugleich täglich präsent. Wie markiert es das Handbuch?',
    choices: [
      {
        label: 'Als Spanne, einen Bereich der Fläche',
        why: 'Richtig: Eine Spanne zeigt ein Angebot mit mehreren Erlebnissen.',
      },
      {
        label: 'Als Mittelwert der beiden Punkte',
        why: 'Nein: Ein Mittelwert beschriebe keines der beiden Erlebnisse.',
      },
      {
        label: 'Als Fehler der Fläche',
        why: 'Nein: Das Kapitel nennt eine Spanne keinen Fehler, sondern einen Befund.',
      },
    ],
  },
  'sp-mortgage': {
    anchor: 'eine-baufinanzierung',
    prompt:
      'Erst schätzen: eine Baufinanzierung mit Häufigkeit 1 und Komplexität 8,5. In welches Drittel jeder Achse fällt sie?',
    caseName: 'Baufinanzierung',
    choices: [
      {
        label: 'Selten und komplex',
        why: 'Richtig: 1 liegt im untersten Drittel der Häufigkeit, 8,5 im obersten der Komplexität.',
      },
      {
        label: 'Häufig und einfach',
        why: 'Nein: Das ist die gegenüberliegende Ecke, in der Snacks und Lebensmittel liegen.',
      },
      {
        label: 'In der Mitte beider Achsen',
        why: 'Nein: Beide Werte liegen weit weg vom mittleren Drittel (3,5 bis 6,5).',
      },
    ],
  },
  'sp-visible': {
    anchor: 'was-eine-position-nahelegt',
    prompt: 'Wohin verschiebt sich der Wert bei hoher Häufigkeit und geringer Komplexität?',
    choices: [
      {
        label: 'Zum Sichtbaren: Marke und Stil',
        why: 'Richtig: Es zählt, was das Angebot über seinen Besitzer aussagt.',
      },
      {
        label: 'Zu privatem Wert, der mit der Zeit spürbar wird',
        why: 'Nein: Das ist die seltene, komplexe Ecke mit der langen Lücke.',
      },
      {
        label: 'Zu Unsicherheit und Abwanderung',
        why: 'Nein: Das sind die Risiken der seltenen, komplexen Ecke.',
      },
    ],
  },
  'fs-opportunity': {
    anchor: 'eine-chance-eröffnen',
    prompt: 'Welche Wertquelle bietet ein Sprachkurs vor einem Umzug ins Ausland vor allem?',
    choices: [
      {
        label: 'Eine Chance eröffnen',
        why: 'Richtig: Nichts war kaputt; die Lernende kann nun etwas Neues tun.',
      },
      {
        label: 'Ein Problem lösen',
        why: 'Nicht ganz: Es wird kein Problem behoben, sondern eine verschlossene Tür geht auf.',
      },
      { label: 'Gut dastehen', why: 'Nicht vor allem: Wie andere die Lernende sehen, ist nicht der Zweck.' },
    ],
  },
  'fs-frequent': {
    anchor: 'wie-sich-der-wert-über-das-spektrum-verschiebt',
    prompt: 'Nach McDonalds allgemeiner Regel gilt: Je öfter man einem Angebot begegnet, desto mehr…',
    choices: [
      {
        label: 'wird sein Wert innerlich, über Jahre gespürt',
        why: 'Nein: Das gilt am seltenen, komplexen Ende, etwa bei einer Rente.',
      },
      {
        label: 'verschiebt sich sein Wert zu dem, was andere sehen',
        why: 'Richtig: Häufige Angebote rücken in Marken und Lebensstile.',
      },
      {
        label: 'hängt sein Wert am Lösen eines Problems',
        why: 'Nein: Die Regel handelt davon, dass sich gut fühlen und gut dastehen nach außen wandern.',
      },
    ],
  },
  'fs-pair-neutral': {
    anchor: 'die-auswertungstabelle',
    prompt:
      'Erst schätzen: Eine Kundin antwortet „Das würde mich freuen“, wenn ein Merkmal da ist, und „Das ist mir egal“, wenn es fehlt. Welche Kategorie?',
    caseName: 'Merkmal',
    choices: [
      {
        label: 'Begeisterungsanforderung (A)',
        why: 'Richtig: Erfreut, wenn vorhanden, und nicht vermisst, wenn es fehlt, ergibt die Zelle A.',
      },
      {
        label: 'Leistungsanforderung (O)',
        why: 'Nein: Dafür müsste das Fehlen des Merkmals sie stören.',
      },
      {
        label: 'Basisanforderung (M)',
        why: 'Nein: Eine Basisanforderung wird vorausgesetzt, nicht begrüßt, und ihr Fehlen stört.',
      },
      {
        label: 'Indifferentes Merkmal (I)',
        why: 'Nein: Das Merkmal würde sie freuen, gleichgültig ist es ihr also nicht.',
      },
    ],
  },
  'fs-pair-dislike': {
    anchor: 'die-auswertungstabelle',
    prompt:
      '„Das würde mich freuen“, wenn das Merkmal da ist, „Das würde mich stören“, wenn es fehlt: welche Kategorie?',
    choices: [
      {
        label: 'Begeisterungsanforderung (A)',
        why: 'Nein: Eine Begeisterungsanforderung vermisst niemand; diese schon.',
      },
      {
        label: 'Leistungsanforderung (O)',
        why: 'Richtig: Erfreut, wenn vorhanden, stört, wenn es fehlt: je mehr, desto besser.',
      },
      { label: 'Basisanforderung (M)', why: 'Nein: Eine Basisanforderung wird vorausgesetzt, nicht begrüßt.' },
      { label: 'Indifferentes Merkmal (I)', why: 'Nein: Der Kunde hat in beide Richtungen eine klare Meinung.' },
    ],
  },
  'fs-better': {
    anchor: 'better-und-worse',
    prompt:
      'Für ein Merkmal ergeben sich 4 Begeisterungs-, 2 Leistungs-, 3 Basis-, 1 indifferente und 2 fragwürdige Antworten. Wie groß ist sein Better-Koeffizient?',
    label: 'Better (0 bis 1, zwei Nachkommastellen)',
    explain: 'Better = (A + O) / (A + O + M + I) = 6 / 10 = 0,60; fragwürdige Antworten bleiben außen vor.',
  },
  'fs-worse': {
    anchor: 'better-und-worse',
    prompt: 'Dasselbe Merkmal (4 A, 2 O, 3 M, 1 I, 2 Q): Wie groß ist sein Worse-Koeffizient?',
    label: 'Worse (−1 bis 0, zwei Nachkommastellen)',
    explain: 'Worse = −(O + M) / (A + O + M + I) = −5 / 10 = −0,50.',
  },
  'ag-where': {
    anchor: 'die-lücke',
    prompt: 'Wo entsteht Unsicherheit nach McDonalds Darstellung?',
    choices: [
      {
        label: 'Zwischen Kaufentscheidung und Wertmoment',
        why: 'Richtig: Diese Strecke nennt das Handbuch die Unsicherheitslücke.',
      },
      {
        label: 'Beim Vergleichen der Angebote vor dem Kauf',
        why: 'Nein: Die Lücke öffnet sich mit der Entscheidung zum Kauf.',
      },
      { label: 'Nachdem der Wert da ist', why: 'Nein: Ist der Wert real, haben die Zweifel ihre Antwort.' },
    ],
  },
  'ag-dimensions': {
    anchor: 'die-lücke',
    prompt: 'Welche zwei Dimensionen hat die Lücke?',
    choices: [
      {
        label: 'Häufigkeit und Komplexität',
        why: 'Nein: Das sind die Achsen des Spektrums, nicht die der Lücke.',
      },
      {
        label: 'Dauer sowie Größe und Kosten',
        why: 'Richtig: Längeres Warten oder ein größerer Einsatz lassen mehr Raum für Zweifel.',
      },
      { label: 'Marke und Preis', why: 'Nein: Eine starke Marke verkürzt das Warten auf den Wert nicht.' },
    ],
  },
  'ag-churn': {
    anchor: 'gegenpositionen',
    prompt: 'Welcher verlorene Kunde ist das schwächste Zeichen für Unsicherheit in der Lücke?',
    choices: [
      {
        label: 'Ein Mitglied, das ab März nicht mehr kommt',
        why: 'Nein: Das ist der typische Fall einer breiten Lücke aus dem Fitnessstudio-Beispiel.',
      },
      {
        label: 'Ein Käufer, der ein unbenutztes Teleskop zurückgibt',
        why: 'Nein: Das passt zu langem Warten ohne Wertmoment.',
      },
      {
        label: 'Eine Kundin, die nach einem Umzug kündigt',
        why: 'Richtig: Nicht jede Abwanderung ist Unsicherheit; manche brauchen das Angebot schlicht nicht mehr.',
      },
    ],
  },
  'ag-shorter': {
    anchor: 'ein-modell-keine-formel',
    prompt:
      'Erst schätzen: Halbieren Sie im Ausgangsfall des Rechners die Wartezeit von 8 auf 4 Wochen, sonst bleibt alles gleich. Der Unsicherheitsindex…',
    caseName: 'Kürzere Wartezeit',
    choices: [
      {
        label: 'sinkt',
        why: 'Richtig: Im Modell des Handbuchs lässt eine kürzere Wartezeit weniger Raum für Zweifel.',
      },
      { label: 'steigt', why: 'Nein: Das Modell bewertet eine kürzere Lücke bei sonst gleichen Werten nie höher.' },
      {
        label: 'bleibt gleich',
        why: 'Nein: Die Zeit bis zum Wert ist eine Eingabe des Modells, also bewegt sich der Index.',
      },
    ],
  },
  'ag-index': {
    anchor: 'ein-modell-keine-formel',
    prompt: 'Wozu dient der Unsicherheitsindex des Rechners?',
    choices: [
      { label: 'Zu messen, wie besorgt Kunden sind', why: 'Nein: Das misst er laut Kapitel gerade nicht.' },
      {
        label: 'Szenarien für ein Angebot zu vergleichen',
        why: 'Richtig: Er vergleicht Szenarien unter genannten Gewichten und zeigt sie.',
      },
      {
        label: 'Den Anteil der Abwanderung zu nennen, den Unsicherheit verursacht',
        why: 'Nein: Der Index kann Abwanderung nicht nach Ursachen aufteilen.',
      },
    ],
  },
  'bd-measure': {
    anchor: 'die-ära-des-rundfunkprinzips',
    prompt: 'Woran maß sich Marketing nach dem Rundfunkprinzip?',
    choices: [
      {
        label: 'An Bekanntheit',
        why: 'Richtig: Jeder Kanal, der den Markennamen unter wahrscheinlichen Käufern verbreitete, taugte.',
      },
      { label: 'An Antworten der Kunden', why: 'Nein: Der Rundfunk war eine Einbahnstraße; antworten ging kaum.' },
      { label: 'Am Wert für den Kunden', why: 'Nein: Ob Käufer Wert bekamen, lag außer Sicht.' },
    ],
  },
  'bd-permission': {
    anchor: 'die-ära-des-rundfunkprinzips',
    prompt: 'Wie beschreibt der Essay Permission Marketing?',
    choices: [
      { label: 'Marketing, das Aufmerksamkeit kauft', why: 'Nein: Aufmerksamkeit kauft das Outbound-Marketing.' },
      { label: 'Marketing, für das der Kunde zahlt', why: 'Nein: Es geht um Einwilligung, nicht um Bezahlung.' },
      {
        label: 'Marketing, dessen Zielperson es ablehnen kann',
        why: 'Richtig: Die Person kann ablehnen, was der Rundfunk selten zuließ.',
      },
    ],
  },
  'bd-inbound': {
    anchor: 'inbound-ist-noch-kein-dialog',
    prompt: 'Warum ist Inbound-Marketing nach dem Essay noch kein Dialog?',
    choices: [
      {
        label: 'Es meidet soziale Netzwerke',
        why: 'Nein: Es nutzt dieselben Netzwerke, in denen Menschen miteinander sprechen.',
      },
      {
        label: 'Es zieht Menschen zur Botschaft des Unternehmens, ohne Gespräch',
        why: 'Richtig: Inhalte beantworten die erwartete Frage, nicht die gestellte.',
      },
      { label: 'Es unterbricht Menschen mit Werbung', why: 'Nein: Das tut Outbound, sein Gegenteil.' },
    ],
  },
  'bd-steps': {
    anchor: 'heute-machen-alle-marketing',
    prompt: 'Welche drei Schritte nennt der McKinsey-Artikel?',
    choices: [
      {
        label: 'Gestalten, aufbauen, betreiben und erneuern',
        why: 'Richtig: von der Reise des Kunden bis zum Betrieb und seiner Erneuerung.',
      },
      {
        label: 'Gewinnen, umwandeln, halten',
        why: 'Nein: Das ist ein Trichter, nicht der Ablauf des Artikels.',
      },
      { label: 'Planen, tun, prüfen', why: 'Nein: Die Schritte des Artikels beginnen bei der Reise des Kunden.' },
    ],
  },
  'wo-experts': {
    anchor: 'warum-fachleute-die-besseren-inhalte-liefern',
    prompt: 'Warum liefern Fachleute außerhalb des Marketings nach der Kolumne bessere Inhalte?',
    choices: [
      {
        label: 'Sie kennen das Angebot aus erster Hand',
        why: 'Richtig: Sie wissen, warum Menschen kaufen und wie sie nutzen, und das merkt man.',
      },
      {
        label: 'Sie kosten weniger als das Marketing',
        why: 'Nein: Die Kolumne argumentiert mit Wissen, nicht mit Kosten.',
      },
      { label: 'Sie posten häufiger', why: 'Nein: Es geht darum, dass sie den Lesern etwas Neues sagen.' },
    ],
  },
  'wo-owner': {
    anchor: 'der-kundenservice-als-verantwortlicher',
    prompt: 'Welchen Bereich wählt die Kolumne als Verantwortlichen der sozialen Initiative?',
    choices: [
      { label: 'Das Marketing', why: 'Nein: Die Kolumne bezweifelt, dass das Marketing der richtige Eigentümer ist.' },
      {
        label: 'Den Kundenservice',
        why: 'Richtig: Öffentliche Beschwerden landen dann in derselben Warteschlange wie alle anderen.',
      },
      {
        label: 'Eine neue Abteilung für Social-Media-Kundenservice',
        why: 'Nein: Das nennt die Kolumne das Schlimmste, was ein Unternehmen tun könnte.',
      },
    ],
  },
  'wo-roles': {
    anchor: 'verantworten-heißt-nicht-alles-selbst-zu-sagen',
    prompt: 'Welche drei Rollen trennt das Kapitel für jeden Berührungspunkt?',
    choices: [
      { label: 'Autor, Redaktion, Verlag', why: 'Nein: Das sind Rollen für Inhalte, nicht für Verantwortung.' },
      {
        label: 'Marketing, Vertrieb, Service',
        why: 'Nein: Das sind Bereiche; jeder davon kann eine Rolle übernehmen.',
      },
      {
        label: 'Verantwortlicher, Mitwirkende, Stimme',
        why: 'Richtig: wer verantwortet, wer antwortet, wer öffentlich spricht.',
      },
    ],
  },
  'wo-map': {
    anchor: 'ein-beispiel-laufschuhe',
    prompt: 'Wie viele der fünf Berührungspunkte verantwortet in der Laufschuh-Karte das Marketing?',
    choices: [
      {
        label: 'Einen',
        why: 'Richtig: nur die Bestzeit-Beiträge; die übrigen vier verantwortet der Kundenservice.',
      },
      {
        label: 'Drei',
        why: 'Nein: Passform, Lieferung, Mängel und Auswahl gehören alle zum Kundenservice.',
      },
      { label: 'Alle fünf', why: 'Nein: Das ist das übliche Drehbuch, das das Kapitel infrage stellt.' },
    ],
  },
  'ws-first': {
    anchor: 'zuerst-der-kundenservice',
    prompt: 'Wo sollte ein Unternehmen nach Schultze mit sozialen Medien anfangen?',
    choices: [
      { label: 'Im Kundenservice', why: 'Richtig: Dort geht das Erlebnis schief, also kommt er zuerst.' },
      {
        label: 'Im Marketing',
        why: 'Nein: Im Marketing zu beginnen hält er für den wohl größten Fehler.',
      },
      { label: 'Im Vertrieb', why: 'Nein: Der Vertrieb kommt in seiner Reihenfolge spät, kurz vor dem Marketing.' },
    ],
  },
  'ws-early': {
    anchor: 'einkauf-und-logistik',
    prompt: 'Was geben Beiträge von Kunden nach Schultze dem Einkauf und der Logistik?',
    choices: [
      {
        label: 'Einen Vertriebskanal',
        why: 'Nein: Für diese Teams zählen die Beiträge als Signale, nicht als Aufträge.',
      },
      { label: 'Günstigere Materialpreise', why: 'Nein: Der Essay spricht von Warnungen, nicht von Rabatten.' },
      {
        label: 'Ein Frühwarnsystem',
        why: 'Richtig: Ein Beitrag über eine verspätete Lieferung kann vor jedem internen Bericht kommen.',
      },
    ],
  },
  'ws-last': {
    anchor: 'erst-vertrieb-dann-marketing',
    prompt: 'Warum kommt das Marketing in Schultzes Reihenfolge zuletzt?',
    choices: [
      {
        label: 'Es ist der teuerste Schritt',
        why: 'Nein: Sein Grund ist, was das Marketing braucht, nicht was es kostet.',
      },
      {
        label: 'Es braucht Kunden, die für das Unternehmen sprechen',
        why: 'Richtig: Fürsprecher entstehen in den Schritten davor.',
      },
      {
        label: 'Es ist am wenigsten wichtig',
        why: 'Nein: Es zählt, wirkt aber am besten mit zufriedenen Kunden im Rücken.',
      },
    ],
  },
  'ws-objectives': {
    anchor: 'der-sechs-schritte-rahmen',
    prompt: 'Welcher der sechs Schritte kommt zuerst?',
    choices: [
      {
        label: 'Geschäftsziele',
        why: 'Richtig: Erst klären, was das Geschäft braucht, dann Kanäle wählen.',
      },
      {
        label: 'Messen und nachsteuern',
        why: 'Nein: Das ist der letzte Schritt, der zum ersten zurückführt.',
      },
      {
        label: 'Strategieentwicklung',
        why: 'Nein: Die Strategie folgt auf die Ziele und die Bestandsaufnahme.',
      },
    ],
  },
  'pt-segment': {
    anchor: 'bevor-sie-beginnen',
    prompt: 'Warum sollte man vor dem Verorten eine Kundengruppe benennen?',
    choices: [
      {
        label: 'Komplexität und Unsicherheit hängen vom Kunden ab',
        why: 'Richtig: Eine benannte Gruppe verhindert, dass alle aneinander vorbeireden.',
      },
      {
        label: 'Die Werkzeuge nehmen nur eine Gruppe an',
        why: 'Nein: Der Grund sind die Kunden, nicht die Werkzeuge.',
      },
      { label: 'Die Befragung wird billiger', why: 'Nein: Von Kosten spricht das Kapitel hier nicht.' },
    ],
  },
  'pt-solar': {
    anchor: 'im-raster-verorten',
    prompt:
      'Erst schätzen: Solaranlage auf dem Dach, Häufigkeit von 1 beim Kauf bis 8 für die tägliche App, Komplexität 7. Wie viele Bereiche des Rasters erreicht sie?',
    caseName: 'Solaranlage',
    choices: [
      {
        label: 'Einen Bereich',
        why: 'Nein: Ein Bereich von 1 bis 8 reicht über alle drei Drittel der Häufigkeit.',
      },
      {
        label: 'Mehrere Bereiche',
        why: 'Richtig: Wie das Auto ist sie eine Spanne, von selten bis häufig bei hoher Komplexität.',
      },
    ],
  },
  'pt-cleaning': {
    anchor: 'merkmale-einordnen',
    prompt:
      'Zwei weitere Käufer bewerten den Reinigungsservice: nun 2 Begeisterungs-, 3 Leistungs-, 1 Basis- und 6 indifferente Antworten. Wie groß ist sein Better-Koeffizient?',
    label: 'Better (0 bis 1, zwei Nachkommastellen)',
    explain: 'Better = (2 + 3) / (2 + 3 + 1 + 6) = 5 / 12, etwa 0,42.',
  },
  'pt-index': {
    anchor: 'unsicherheitslücke-bemessen',
    prompt: 'Was kann der Unsicherheitsindex einer Gruppe über die Solaranlage sagen?',
    choices: [
      {
        label: 'Wie viel der Abwanderung Unsicherheit ist',
        why: 'Nein: Das kann der Index laut Kapitel nicht sagen.',
      },
      { label: 'Wie viel Geld die Unsicherheit kostet', why: 'Nein: Er ist kein Anteil an Abwanderung oder Geld.' },
      {
        label: 'Ob ein verbessertes Szenario den Druck senkt',
        why: 'Richtig: Er vergleicht Szenarien für ein Angebot unter genannten Gewichten.',
      },
    ],
  },
};
