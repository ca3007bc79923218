// Word lists and per-locale writing conventions for the blind, held-out seventh suite (v7.ts).
// Written from general knowledge of how each country writes names, addresses, phones and labels,
// without reference to the anonymizer or to the earlier suites' material.
import type { Rng } from './rng';

export interface Person {
  given: string;
  family: string;
  /** Native-script form when the locale writes names in another script (family first where usual). */
  native?: { given: string; family: string; sep: string };
  female: boolean;
}

export interface Locale {
  code: string;
  country: string;
  /** ISO 3166 country for IBAN, plates, calling codes. */
  given: { m: string[]; f: string[] };
  family: string[];
  /** Native-script names, paired with the romanised ones by index. */
  nativeGiven?: { m: string[]; f: string[] };
  nativeFamily?: string[];
  nativeSep?: string;
  honorific: (p: Person) => string;
  streets: string[];
  cities: [string, string][]; // [city, postcode]
  address: (street: string, no: string, city: string, pc: string) => string;
  mailHosts: string[];
  labels: Record<Label, string>;
  /** Prose templates: the words around the values, as a submitter in that country writes them. */
  say: Say;
  dob: (y: number, m: number, d: number) => string;
  legal: string;
  victimOrgs: string[];
}

export type Label =
  | 'customer' | 'contract' | 'meter' | 'ticket' | 'account' | 'dob' | 'address' | 'phone' | 'email'
  | 'serial' | 'iban' | 'plate' | 'name' | 'user' | 'host' | 'contact' | 'nationalId';

export interface Say {
  title: (device: string, threat: string) => string;
  complaint: (who: string, where: string, phone: string) => string;
  beacon: (ip: string, domain: string, port: string) => string;
  analyst: (who: string) => string;
  onsite: (who: string) => string;
  closing: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

const EN_SAY: Say = {
  title: (d, t) => `${t} activity on customer ${d}`,
  complaint: (who, where, phone) => `Customer ${who} of ${where} called our hotline (${phone}) after the unit rebooted repeatedly overnight.`,
  beacon: (ip, dom, port) => `The device opened outbound sessions to ${ip} on port ${port} and resolved ${dom} every 300 s.`,
  analyst: (who) => `Triage by ${who}, SOC shift B.`,
  onsite: (who) => `Field technician ${who} swapped the unit and kept the old one for forensics.`,
  closing: 'No further beaconing observed after the firmware rollback.',
};

export const LOCALES: Locale[] = [
  {
    code: 'en-GB', country: 'GB',
    given: { m: ['Oliver', 'Harry', 'George', 'Jack', 'Callum', 'Rhys', 'Declan', 'Alistair'], f: ['Amelia', 'Olivia', 'Charlotte', 'Siobhan', 'Bethany', 'Imogen', 'Eleanor', 'Niamh'] },
    family: ['Whitfield', 'Pemberton', 'Oakley', 'Hargreaves', 'Ashworth', 'Thornton', 'McAllister', 'Fairbairn', 'Cartwright', 'Pritchard'],
    honorific: (p) => (p.female ? 'Mrs' : 'Mr'),
    streets: ['Abbey Road', 'Station Lane', 'Kingsway', 'Mill Street', 'Church Close', 'Victoria Crescent'],
    cities: [['Leeds', 'LS6 2QT'], ['Bristol', 'BS7 8HJ'], ['Norwich', 'NR2 4PD'], ['Swindon', 'SN1 5RE'], ['Stockport', 'SK4 3LW']],
    address: (s, n, c, pc) => `${n} ${s}, ${c} ${pc}`,
    mailHosts: ['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'],
    labels: { customer: 'Customer ref', contract: 'Contract no.', meter: 'MPAN', ticket: 'Case', account: 'Account no.', dob: 'DOB', address: 'Address', phone: 'Tel', email: 'Email', serial: 'Serial no.', iban: 'IBAN', plate: 'Reg', name: 'Name', user: 'Username', host: 'Hostname', contact: 'Contact', nationalId: 'NI number' },
    say: EN_SAY,
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'Ltd',
    victimOrgs: ['Severn Valley Water', 'Kestrel Freight Ltd', 'Harbourside Leisure Centre', 'Ashdown Dairy Co-op'],
  },
  {
    code: 'en-US', country: 'US',
    given: { m: ['Tyler', 'Brandon', 'Jamal', 'Kevin', 'Dustin', 'Marcus', 'Cody', 'Travis'], f: ['Ashley', 'Brittany', 'Keisha', 'Megan', 'Courtney', 'Jasmine', 'Kayla', 'Shannon'] },
    family: ['Kowalczyk', 'Hendricks', 'Delgado', 'Washington', 'McCready', 'Holloway', 'Brennan', 'Castellanos', 'Whitaker', 'Nguyen'],
    honorific: (p) => (p.female ? 'Ms.' : 'Mr.'),
    streets: ['Maple Ave', 'Oak Street', 'Ridgeview Dr', 'W Jefferson Blvd', 'Cedar Ln', 'Pinecrest Ct'],
    cities: [['Columbus, OH', '43215'], ['Boise, ID', '83702'], ['Tulsa, OK', '74103'], ['Fresno, CA', '93721'], ['Raleigh, NC', '27601']],
    address: (s, n, c, pc) => `${n} ${s}, ${c} ${pc}`,
    mailHosts: ['gmail.com', 'yahoo.com', 'comcast.net', 'icloud.com'],
    labels: { customer: 'Customer ID', contract: 'Agreement #', meter: 'Meter ID', ticket: 'Ticket', account: 'Acct #', dob: 'DOB', address: 'Service address', phone: 'Phone', email: 'Email', serial: 'S/N', iban: 'Card', plate: 'Plate', name: 'Name', user: 'User', host: 'Host', contact: 'POC', nationalId: 'SSN' },
    say: EN_SAY,
    dob: (y, m, d) => `${pad(m)}/${pad(d)}/${y}`,
    legal: 'Inc.',
    victimOrgs: ['Tri-County Electric Cooperative', 'Lakeshore Cold Storage LLC', 'Pine Bluff Municipal Utilities', 'Redline Towing & Recovery'],
  },
  {
    code: 'en-AU', country: 'AU',
    given: { m: ['Lachlan', 'Hamish', 'Bailey', 'Mitchell', 'Cooper', 'Angus'], f: ['Matilda', 'Chloe', 'Isla', 'Tahlia', 'Sienna', 'Brooke'] },
    family: ['Fitzgerald', 'Kowalski', 'Tran', 'Henderson', 'Papadopoulos', 'Macpherson', 'Sullivan', 'Rossiter'],
    honorific: (p) => (p.female ? 'Ms' : 'Mr'),
    streets: ['Banksia Street', 'Wattle Grove', 'Parramatta Road', 'Bligh Avenue', 'Kookaburra Close'],
    cities: [['Newcastle NSW', '2300'], ['Geelong VIC', '3220'], ['Townsville QLD', '4810'], ['Ballarat VIC', '3350']],
    address: (s, n, c, pc) => `${n} ${s}, ${c} ${pc}`,
    mailHosts: ['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com'],
    labels: { customer: 'Customer no.', contract: 'Plan ref', meter: 'NMI', ticket: 'Job', account: 'Account', dob: 'DOB', address: 'Premises', phone: 'Mob', email: 'Email', serial: 'Serial', iban: 'Card', plate: 'Rego', name: 'Name', user: 'User', host: 'Host', contact: 'Contact', nationalId: 'Licence no.' },
    say: { ...EN_SAY, complaint: (who, where, phone) => `${who} (${where}) rang the support line on ${phone}; the unit had been dropping off the network since Tuesday arvo.` },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'Pty Ltd',
    victimOrgs: ['Hunter Coast Water', 'Outback Haulage Pty Ltd', 'Riverina Grain Co-op'],
  },
  {
    code: 'en-IN', country: 'IN',
    given: { m: ['Rahul', 'Vikram', 'Arjun', 'Sandeep', 'Karthik', 'Imran'], f: ['Priya', 'Ananya', 'Deepika', 'Kavitha', 'Sneha', 'Farah'] },
    family: ['Raghunathan', 'Chatterjee', 'Kulkarni', 'Deshpande', 'Iyer', 'Srivastava', 'Venkatesan', 'Bhattacharya'],
    honorific: (p) => (p.female ? 'Smt.' : 'Shri'),
    streets: ['MG Road', 'Linking Road', '4th Cross, 2nd Main', 'Anna Salai', 'Park Street'],
    cities: [['Bengaluru', '560034'], ['Pune', '411038'], ['Chennai', '600040'], ['Hyderabad', '500081']],
    address: (s, n, c, pc) => `No. ${n}, ${s}, ${c} - ${pc}`,
    mailHosts: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    labels: { customer: 'Consumer No.', contract: 'Agreement No.', meter: 'Meter Sr. No.', ticket: 'Docket', account: 'CA No.', dob: 'DOB', address: 'Address', phone: 'Mobile', email: 'Email', serial: 'Sr. No.', iban: 'Card', plate: 'Vehicle No.', name: 'Name', user: 'User', host: 'Host', contact: 'SPOC', nationalId: 'PAN' },
    say: { ...EN_SAY, complaint: (who, where, phone) => `Complaint received from ${who}, ${where}, mobile ${phone}, regarding frequent disconnection of the device.` },
    dob: (y, m, d) => `${pad(d)}-${pad(m)}-${y}`,
    legal: 'Pvt. Ltd.',
    victimOrgs: ['Sahyadri Cold Chain Logistics', 'Kaveri Textiles Mill', 'Bharat Agro Processing Unit'],
  },
  {
    code: 'de', country: 'DE',
    given: { m: ['Jürgen', 'Matthias', 'Florian', 'Dirk', 'Sven', 'Tobias', 'Uwe', 'Björn'], f: ['Sabine', 'Katrin', 'Ute', 'Jana', 'Franziska', 'Heike', 'Anja', 'Birgit'] },
    family: ['Wöhrle', 'Hofmeister', 'Kießling', 'Brandstätter', 'Oberländer', 'Vogelsang', 'Schwarzkopf', 'Lindemann', 'Rößler', 'Achterberg'],
    honorific: (p) => (p.female ? 'Frau' : 'Herr'),
    streets: ['Lindenstraße', 'Am Mühlbach', 'Friedhofsweg', 'Bahnhofstr.', 'Schillerplatz', 'Kastanienallee'],
    cities: [['Bad Hersfeld', '36251'], ['Göppingen', '73033'], ['Wittenberge', '19322'], ['Lörrach', '79539'], ['Delmenhorst', '27749']],
    address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
    mailHosts: ['web.de', 'gmx.de', 't-online.de', 'freenet.de'],
    labels: { customer: 'Kundennummer', contract: 'Vertragsnr.', meter: 'Zählernummer', ticket: 'Störungsticket', account: 'Kontonr.', dob: 'geb.', address: 'Anschrift', phone: 'Tel.', email: 'E-Mail', serial: 'Seriennr.', iban: 'IBAN', plate: 'Kennzeichen', name: 'Name', user: 'Benutzer', host: 'Rechnername', contact: 'Ansprechpartner', nationalId: 'Ausweisnr.' },
    say: {
      title: (d, t) => `${t}-Aktivität auf ${d} beim Endkunden`,
      complaint: (who, where, phone) => `${who} aus ${where} meldete sich telefonisch (${phone}), weil das Gerät seit der Nacht ständig neu startet.`,
      beacon: (ip, dom, port) => `Das Gerät baute ausgehende Verbindungen zu ${ip} auf Port ${port} auf und löste alle 300 s ${dom} auf.`,
      analyst: (who) => `Erstbewertung: ${who} (SOC, Spätschicht).`,
      onsite: (who) => `Der Servicetechniker ${who} hat das Gerät getauscht und das Altgerät zur Forensik mitgenommen.`,
      closing: 'Nach dem Firmware-Rollback keine weiteren Verbindungen beobachtet.',
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    legal: 'GmbH',
    victimOrgs: ['Stadtwerke Bad Hersfeld', 'Spedition Kießling & Söhne', 'Wasserzweckverband Obere Fils', 'Autohaus Brandstätter KG'],
  },
  {
    code: 'fr', country: 'FR',
    given: { m: ['Thierry', 'Sébastien', 'Guillaume', 'Mathieu', 'Rémi', 'Yannick'], f: ['Sandrine', 'Élodie', 'Nathalie', 'Aurélie', 'Maëlle', 'Céline'] },
    family: ['Lefebvre', 'Rousseau', 'Garnier', 'Chevalier', 'Fontaine', 'Mercier', 'Lemaire', 'Barbier', 'Delacroix'],
    honorific: (p) => (p.female ? 'Mme' : 'M.'),
    streets: ['rue des Lilas', 'avenue Jean Jaurès', 'impasse du Moulin', 'boulevard Gambetta', 'chemin des Vignes'],
    cities: [['Angers', '49100'], ['Roubaix', '59100'], ['Valence', '26000'], ['Quimper', '29000'], ['Nancy', '54000']],
    address: (s, n, c, pc) => `${n} ${s}, ${pc} ${c.toUpperCase()}`,
    mailHosts: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'],
    labels: { customer: 'N° client', contract: 'N° de contrat', meter: 'PRM', ticket: 'Ticket', account: 'Compte', dob: 'Né(e) le', address: 'Adresse', phone: 'Tél.', email: 'Courriel', serial: 'N° de série', iban: 'IBAN', plate: 'Immatriculation', name: 'Nom', user: 'Utilisateur', host: 'Poste', contact: 'Interlocuteur', nationalId: 'N° de sécurité sociale' },
    say: {
      title: (d, t) => `Activité ${t} sur ${d} chez un client`,
      complaint: (who, where, phone) => `${who}, domicilié(e) ${where}, a contacté le support au ${phone} : l'équipement redémarre en boucle depuis la nuit.`,
      beacon: (ip, dom, port) => `L'équipement ouvre des connexions sortantes vers ${ip} sur le port ${port} et résout ${dom} toutes les 300 s.`,
      analyst: (who) => `Analyse initiale : ${who} (CERT, astreinte).`,
      onsite: (who) => `Le technicien ${who} a remplacé l'équipement et conservé l'ancien pour analyse.`,
      closing: 'Plus aucune connexion observée après le retour à la version précédente du firmware.',
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'SAS',
    victimOrgs: ['Régie des eaux de Quimper', 'Transports Garnier et Fils', 'Syndicat d’énergie de la Marne'],
  },
  {
    code: 'es', country: 'ES',
    given: { m: ['Javier', 'Álvaro', 'Sergio', 'Iñaki', 'Rubén', 'Gonzalo'], f: ['Lucía', 'Nerea', 'Itziar', 'Rocío', 'Marta', 'Pilar'] },
    family: ['Fernández', 'Etxeberria', 'Morales', 'Quintana', 'Salcedo', 'Ibáñez', 'Villalobos', 'Carrasco'],
    honorific: (p) => (p.female ? 'Dña.' : 'D.'),
    streets: ['Calle Mayor', 'Avda. de la Constitución', 'C/ del Pez', 'Paseo de Gràcia', 'Calle San Vicente'],
    cities: [['Valladolid', '47002'], ['Murcia', '30001'], ['Vitoria-Gasteiz', '01005'], ['Córdoba', '14003']],
    address: (s, n, c, pc) => `${s}, ${n}, ${pc} ${c}`,
    mailHosts: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    labels: { customer: 'Nº de cliente', contract: 'Nº de contrato', meter: 'CUPS', ticket: 'Incidencia', account: 'Cuenta', dob: 'Fecha de nacimiento', address: 'Dirección', phone: 'Tfno.', email: 'Correo', serial: 'Nº de serie', iban: 'IBAN', plate: 'Matrícula', name: 'Nombre', user: 'Usuario', host: 'Equipo', contact: 'Contacto', nationalId: 'DNI' },
    say: {
      title: (d, t) => `Actividad de ${t} en ${d} de cliente`,
      complaint: (who, where, phone) => `El cliente ${who}, con domicilio en ${where}, llamó al ${phone} porque el equipo se reinicia continuamente desde anoche.`,
      beacon: (ip, dom, port) => `El equipo abría conexiones salientes hacia ${ip} por el puerto ${port} y resolvía ${dom} cada 300 s.`,
      analyst: (who) => `Análisis inicial: ${who} (SOC, turno de tarde).`,
      onsite: (who) => `El técnico ${who} sustituyó el equipo y se llevó el antiguo para el análisis forense.`,
      closing: 'Tras volver al firmware anterior no se observaron más conexiones.',
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'S.L.',
    victimOrgs: ['Aguas de Valladolid', 'Transportes Carrasco S.L.', 'Cooperativa Agrícola San Isidro'],
  },
  {
    code: 'it', country: 'IT',
    given: { m: ['Giuseppe', 'Alessandro', 'Davide', 'Lorenzo', 'Matteo', 'Stefano'], f: ['Giulia', 'Chiara', 'Francesca', 'Valentina', 'Federica', 'Serena'] },
    family: ['Esposito', 'Bianchi', 'Colombo', 'Ferraro', 'Galli', 'Marchetti', 'Santoro', 'Lombardi'],
    honorific: (p) => (p.female ? 'Sig.ra' : 'Sig.'),
    streets: ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour', 'Viale Europa'],
    cities: [['Brescia (BS)', '25121'], ['Modena (MO)', '41121'], ['Lecce (LE)', '73100'], ['Novara (NO)', '28100']],
    address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
    mailHosts: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
    labels: { customer: 'Codice cliente', contract: 'N. contratto', meter: 'POD', ticket: 'Segnalazione', account: 'Conto', dob: 'nato/a il', address: 'Indirizzo', phone: 'Tel.', email: 'E-mail', serial: 'Matricola', iban: 'IBAN', plate: 'Targa', name: 'Nome', user: 'Utente', host: 'Postazione', contact: 'Referente', nationalId: 'Codice fiscale' },
    say: {
      title: (d, t) => `Attività ${t} su ${d} presso cliente`,
      complaint: (who, where, phone) => `Il cliente ${who} (${where}) ha chiamato il numero ${phone} perché il dispositivo si riavvia di continuo da stanotte.`,
      beacon: (ip, dom, port) => `Il dispositivo apriva connessioni in uscita verso ${ip} sulla porta ${port} e risolveva ${dom} ogni 300 s.`,
      analyst: (who) => `Prima analisi: ${who} (SOC, turno pomeridiano).`,
      onsite: (who) => `Il tecnico ${who} ha sostituito l'apparato e conservato quello vecchio per l'analisi.`,
      closing: 'Dopo il rollback del firmware non sono state osservate altre connessioni.',
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'S.r.l.',
    victimOrgs: ['Acque Bresciane Servizi', 'Autotrasporti Santoro S.r.l.', 'Consorzio di Bonifica Lecce'],
  },
  {
    code: 'nl', country: 'NL',
    given: { m: ['Sander', 'Joost', 'Bram', 'Wouter', 'Thijs', 'Ruud'], f: ['Femke', 'Anouk', 'Marieke', 'Lotte', 'Sanne', 'Ilse'] },
    family: ['van der Linden', 'de Groot', 'Bakker', 'Visser', 'van Dijk', 'Hoekstra', 'Smit', 'de Vries'],
    honorific: (p) => (p.female ? 'mevrouw' : 'meneer'),
    streets: ['Kerkstraat', 'Dorpsweg', 'Molenlaan', 'Prinsengracht', 'Stationsplein'],
    cities: [['Zwolle', '8011 AB'], ['Tilburg', '5038 CD'], ['Leeuwarden', '8911 KL'], ['Apeldoorn', '7311 JN']],
    address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
    mailHosts: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    labels: { customer: 'Klantnummer', contract: 'Contractnummer', meter: 'EAN-code', ticket: 'Melding', account: 'Rekening', dob: 'geboortedatum', address: 'Adres', phone: 'Tel.', email: 'E-mail', serial: 'Serienummer', iban: 'IBAN', plate: 'Kenteken', name: 'Naam', user: 'Gebruiker', host: 'Werkplek', contact: 'Contactpersoon', nationalId: 'BSN' },
    say: {
      title: (d, t) => `${t}-activiteit op ${d} bij klant`,
      complaint: (who, where, phone) => `Klant ${who} uit ${where} belde (${phone}) omdat het apparaat sinds vannacht steeds opnieuw opstart.`,
      beacon: (ip, dom, port) => `Het apparaat zette uitgaande verbindingen op naar ${ip} op poort ${port} en vroeg elke 300 s ${dom} op.`,
      analyst: (who) => `Eerste beoordeling: ${who} (SOC, avonddienst).`,
      onsite: (who) => `Monteur ${who} heeft het apparaat vervangen en het oude meegenomen voor onderzoek.`,
      closing: 'Na het terugzetten van de firmware geen verbindingen meer gezien.',
    },
    dob: (y, m, d) => `${pad(d)}-${pad(m)}-${y}`,
    legal: 'B.V.',
    victimOrgs: ['Waterschap Vechtstromen', 'Transportbedrijf Hoekstra B.V.', 'Tuinderij de Groot'],
  },
  {
    code: 'pt-BR', country: 'BR',
    given: { m: ['João', 'Thiago', 'Rodrigo', 'Felipe', 'Gustavo', 'Leandro'], f: ['Ana Paula', 'Juliana', 'Fernanda', 'Camila', 'Letícia', 'Patrícia'] },
    family: ['da Silva', 'Oliveira', 'Conceição', 'Albuquerque', 'Nascimento', 'Gonçalves', 'Carvalho', 'Rodrigues'],
    honorific: (p) => (p.female ? 'Sra.' : 'Sr.'),
    streets: ['Rua das Palmeiras', 'Av. Brasil', 'Rua XV de Novembro', 'Travessa São José', 'Av. Getúlio Vargas'],
    cities: [['Campinas - SP', '13010-111'], ['Curitiba - PR', '80020-310'], ['Recife - PE', '50030-230'], ['Goiânia - GO', '74055-110']],
    address: (s, n, c, pc) => `${s}, ${n} - ${c}, CEP ${pc}`,
    mailHosts: ['gmail.com', 'uol.com.br', 'bol.com.br', 'hotmail.com'],
    labels: { customer: 'Código do cliente', contract: 'Nº do contrato', meter: 'Nº do medidor', ticket: 'Protocolo', account: 'Conta', dob: 'Data de nascimento', address: 'Endereço', phone: 'Cel.', email: 'E-mail', serial: 'Nº de série', iban: 'Cartão', plate: 'Placa', name: 'Nome', user: 'Usuário', host: 'Estação', contact: 'Contato', nationalId: 'CPF' },
    say: {
      title: (d, t) => `Atividade de ${t} em ${d} de cliente`,
      complaint: (who, where, phone) => `O cliente ${who}, residente em ${where}, ligou para ${phone} informando que o aparelho reinicia sem parar desde a madrugada.`,
      beacon: (ip, dom, port) => `O aparelho abria conexões de saída para ${ip} na porta ${port} e resolvia ${dom} a cada 300 s.`,
      analyst: (who) => `Análise inicial: ${who} (SOC, turno da tarde).`,
      onsite: (who) => `O técnico ${who} trocou o equipamento e levou o antigo para perícia.`,
      closing: 'Após o rollback do firmware não houve novas conexões.',
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'Ltda.',
    victimOrgs: ['Saneamento de Campinas', 'Transportadora Nascimento Ltda.', 'Cooperativa Agroindustrial do Paraná'],
  },
  {
    code: 'pl', country: 'PL',
    given: { m: ['Krzysztof', 'Paweł', 'Grzegorz', 'Tomasz', 'Łukasz', 'Wojciech'], f: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Ewa', 'Magdalena'] },
    family: ['Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski'],
    honorific: (p) => (p.female ? 'Pani' : 'Pan'),
    streets: ['ul. Mickiewicza', 'ul. Kościuszki', 'al. Jana Pawła II', 'ul. Polna', 'os. Tysiąclecia'],
    cities: [['Rzeszów', '35-001'], ['Białystok', '15-950'], ['Opole', '45-011'], ['Toruń', '87-100']],
    address: (s, n, c, pc) => `${s} ${n}/${Number(n) % 7 + 1}, ${pc} ${c}`,
    mailHosts: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    labels: { customer: 'Nr klienta', contract: 'Nr umowy', meter: 'Nr licznika', ticket: 'Zgłoszenie', account: 'Nr konta', dob: 'Data urodzenia', address: 'Adres', phone: 'Tel.', email: 'E-mail', serial: 'Nr seryjny', iban: 'IBAN', plate: 'Nr rejestracyjny', name: 'Imię i nazwisko', user: 'Użytkownik', host: 'Stanowisko', contact: 'Osoba kontaktowa', nationalId: 'PESEL' },
    say: {
      title: (d, t) => `Aktywność ${t} na urządzeniu ${d} klienta`,
      complaint: (who, where, phone) => `Klient ${who} (${where}) zadzwonił pod numer ${phone}, ponieważ urządzenie od nocy ciągle się restartuje.`,
      beacon: (ip, dom, port) => `Urządzenie nawiązywało połączenia wychodzące do ${ip} na porcie ${port} i co 300 s odpytywało ${dom}.`,
      analyst: (who) => `Wstępna analiza: ${who} (SOC, zmiana popołudniowa).`,
      onsite: (who) => `Serwisant ${who} wymienił urządzenie i zabrał stare do analizy.`,
      closing: 'Po przywróceniu poprzedniego firmware nie zaobserwowano kolejnych połączeń.',
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    legal: 'Sp. z o.o.',
    victimOrgs: ['Wodociągi Rzeszowskie', 'PKS Toruń', 'Spółdzielnia Mleczarska Opole'],
  },
  {
    code: 'sv', country: 'SE',
    given: { m: ['Anders', 'Johan', 'Mikael', 'Fredrik', 'Henrik', 'Björn'], f: ['Karin', 'Ingrid', 'Maja', 'Elin', 'Linnéa', 'Sofia'] },
    family: ['Lindqvist', 'Bergström', 'Nyström', 'Åkesson', 'Sjöberg', 'Holmgren', 'Engström', 'Lundgren'],
    honorific: () => '',
    streets: ['Storgatan', 'Kungsvägen', 'Björkvägen', 'Drottninggatan', 'Skolgatan'],
    cities: [['Västerås', '722 11'], ['Umeå', '903 25'], ['Jönköping', '553 16'], ['Gävle', '803 10']],
    address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
    mailHosts: ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'],
    labels: { customer: 'Kundnummer', contract: 'Avtalsnummer', meter: 'Mätar-ID', ticket: 'Ärende', account: 'Kontonummer', dob: 'Födelsedatum', address: 'Adress', phone: 'Tel', email: 'E-post', serial: 'Serienummer', iban: 'IBAN', plate: 'Reg.nr', name: 'Namn', user: 'Användare', host: 'Dator', contact: 'Kontaktperson', nationalId: 'Personnummer' },
    say: {
      title: (d, t) => `${t}-aktivitet på kundens ${d}`,
      complaint: (who, where, phone) => `Kunden ${who} i ${where} ringde (${phone}) eftersom enheten startat om hela natten.`,
      beacon: (ip, dom, port) => `Enheten öppnade utgående anslutningar till ${ip} på port ${port} och slog upp ${dom} var 300:e sekund.`,
      analyst: (who) => `Första bedömning: ${who} (SOC, kvällspasset).`,
      onsite: (who) => `Tekniker ${who} bytte enheten och tog med den gamla för analys.`,
      closing: 'Inga fler anslutningar efter återställning av firmware.',
    },
    dob: (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
    legal: 'AB',
    victimOrgs: ['Mälarenergi Nät', 'Åkeri Sjöberg AB', 'Gävle Vatten'],
  },
  {
    code: 'cs', country: 'CZ',
    given: { m: ['Jiří', 'Petr', 'Tomáš', 'Ondřej', 'Lukáš'], f: ['Lenka', 'Petra', 'Kateřina', 'Veronika', 'Zuzana'] },
    family: ['Dvořák', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný'],
    honorific: (p) => (p.female ? 'paní' : 'pan'),
    streets: ['Nádražní', 'Husova', 'Masarykova', 'Na Příkopě', 'Palackého'],
    cities: [['Olomouc', '779 00'], ['Plzeň', '301 00'], ['Pardubice', '530 02'], ['Jihlava', '586 01']],
    address: (s, n, c, pc) => `${s} ${n}, ${pc} ${c}`,
    mailHosts: ['seznam.cz', 'email.cz', 'centrum.cz'],
    labels: { customer: 'Zákaznické číslo', contract: 'Číslo smlouvy', meter: 'Číslo elektroměru', ticket: 'Požadavek', account: 'Číslo účtu', dob: 'Datum narození', address: 'Adresa', phone: 'Tel.', email: 'E-mail', serial: 'Výrobní číslo', iban: 'IBAN', plate: 'SPZ', name: 'Jméno', user: 'Uživatel', host: 'Počítač', contact: 'Kontaktní osoba', nationalId: 'Rodné číslo' },
    say: {
      title: (d, t) => `Aktivita ${t} na zařízení ${d} zákazníka`,
      complaint: (who, where, phone) => `Zákazník ${who} (${where}) volal na ${phone}, protože se zařízení od noci neustále restartuje.`,
      beacon: (ip, dom, port) => `Zařízení navazovalo odchozí spojení na ${ip} na portu ${port} a každých 300 s dotazovalo ${dom}.`,
      analyst: (who) => `Prvotní analýza: ${who} (SOC).`,
      onsite: (who) => `Technik ${who} zařízení vyměnil a staré odvezl k analýze.`,
      closing: 'Po návratu k předchozímu firmwaru nebyla pozorována další spojení.',
    },
    dob: (y, m, d) => `${d}. ${m}. ${y}`,
    legal: 's.r.o.',
    victimOrgs: ['Vodárna Olomouc', 'Autodoprava Kučera s.r.o.'],
  },
  {
    code: 'tr', country: 'TR',
    given: { m: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Oğuz', 'Serkan'], f: ['Ayşe', 'Elif', 'Zeynep', 'Gülşen', 'Merve', 'Şeyma'] },
    family: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Öztürk', 'Aydın', 'Arslan'],
    honorific: (p) => (p.female ? 'Hanım' : 'Bey'),
    streets: ['Atatürk Cad.', 'Cumhuriyet Mah. Lale Sok.', 'İnönü Bulvarı', 'Gazi Mustafa Kemal Cad.'],
    cities: [['Kadıköy/İstanbul', '34710'], ['Çankaya/Ankara', '06690'], ['Bornova/İzmir', '35040'], ['Nilüfer/Bursa', '16110']],
    address: (s, n, c, pc) => `${s} No:${n} D:${Number(n) % 9 + 1}, ${pc} ${c}`,
    mailHosts: ['gmail.com', 'hotmail.com', 'yandex.com.tr'],
    labels: { customer: 'Müşteri No', contract: 'Sözleşme No', meter: 'Sayaç No', ticket: 'Arıza kaydı', account: 'Hesap No', dob: 'Doğum tarihi', address: 'Adres', phone: 'Tel', email: 'E-posta', serial: 'Seri No', iban: 'IBAN', plate: 'Plaka', name: 'Ad Soyad', user: 'Kullanıcı', host: 'Bilgisayar', contact: 'İrtibat', nationalId: 'T.C. Kimlik No' },
    say: {
      title: (d, t) => `Müşteri ${d} cihazında ${t} aktivitesi`,
      complaint: (who, where, phone) => `${where} adresindeki müşterimiz ${who}, ${phone} numarasından arayarak cihazın geceden beri sürekli yeniden başladığını bildirdi.`,
      beacon: (ip, dom, port) => `Cihaz ${ip} adresine ${port} portundan giden bağlantılar açtı ve her 300 saniyede ${dom} alan adını sorguladı.`,
      analyst: (who) => `İlk analiz: ${who} (SOC).`,
      onsite: (who) => `Saha teknisyeni ${who} cihazı değiştirdi ve eskisini incelemeye götürdü.`,
      closing: 'Firmware geri alındıktan sonra yeni bağlantı gözlenmedi.',
    },
    dob: (y, m, d) => `${pad(d)}.${pad(m)}.${y}`,
    legal: 'A.Ş.',
    victimOrgs: ['Bursa Su ve Kanalizasyon', 'Öztürk Lojistik A.Ş.'],
  },
  {
    code: 'ja', country: 'JP',
    given: { m: ['Kenta', 'Hiroshi', 'Takuya', 'Daisuke', 'Shota'], f: ['Yuki', 'Ayaka', 'Misaki', 'Naoko', 'Haruka'] },
    family: ['Sato', 'Takahashi', 'Watanabe', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kobayashi'],
    nativeGiven: { m: ['健太', '博', '拓也', '大輔', '翔太'], f: ['由紀', '彩花', '美咲', '直子', '遥'] },
    nativeFamily: ['佐藤', '高橋', '渡辺', '山口', '松本', '井上', '小林'],
    nativeSep: ' ',
    honorific: () => '様',
    streets: ['本町2丁目', '中央3丁目', '栄1丁目', '緑町4丁目', '旭町1丁目'],
    cities: [['静岡県浜松市中区', '430-0944'], ['宮城県仙台市青葉区', '980-0021'], ['岡山県岡山市北区', '700-0901'], ['石川県金沢市', '920-0853']],
    address: (s, n, c, pc) => `〒${pc} ${c}${s}${n}-${Number(n) % 12 + 1}`,
    mailHosts: ['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp'],
    labels: { customer: 'お客様番号', contract: '契約番号', meter: 'メーター番号', ticket: '受付番号', account: '口座番号', dob: '生年月日', address: '住所', phone: '電話', email: 'メール', serial: '製造番号', iban: 'カード番号', plate: 'ナンバー', name: '氏名', user: 'ユーザー', host: '端末名', contact: '担当', nationalId: 'マイナンバー' },
    say: {
      title: (d, t) => `お客様${d}における${t}の活動`,
      complaint: (who, where, phone) => `${where}にお住まいの${who}から、機器が夜間に再起動を繰り返すとの連絡がありました(電話 ${phone})。`,
      beacon: (ip, dom, port) => `機器は${ip}のポート${port}へ外向き通信を行い、300秒ごとに${dom}を名前解決していました。`,
      analyst: (who) => `一次解析担当: ${who}(SOC)。`,
      onsite: (who) => `作業員の${who}が機器を交換し、旧機器を解析用に回収しました。`,
      closing: 'ファームウェアを戻した後、通信は確認されていません。',
    },
    dob: (y, m, d) => `${y}年${m}月${d}日`,
    legal: '株式会社',
    victimOrgs: ['浜松上下水道サービス', '仙台物流株式会社'],
  },
  {
    code: 'ko', country: 'KR',
    given: { m: ['Minjun', 'Jihoon', 'Hyunwoo', 'Seojun'], f: ['Seoyeon', 'Jiwoo', 'Minji', 'Hayoung'] },
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
    nativeGiven: { m: ['민준', '지훈', '현우', '서준'], f: ['서연', '지우', '민지', '하영'] },
    nativeFamily: ['김', '이', '박', '최', '정', '강'],
    nativeSep: '',
    honorific: () => '님',
    streets: ['테헤란로', '중앙대로', '해운대로', '동대구로'],
    cities: [['서울특별시 강남구', '06236'], ['부산광역시 해운대구', '48094'], ['대구광역시 수성구', '42110'], ['경기도 수원시 영통구', '16677']],
    address: (s, n, c, pc) => `${c} ${s} ${n}, ${Number(n) % 20 + 101}동 ${Number(n) % 9 + 1}0${Number(n) % 4 + 1}호 (${pc})`,
    mailHosts: ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net'],
    labels: { customer: '고객번호', contract: '계약번호', meter: '계량기 번호', ticket: '접수번호', account: '계좌번호', dob: '생년월일', address: '주소', phone: '연락처', email: '이메일', serial: '시리얼 번호', iban: '카드번호', plate: '차량번호', name: '성명', user: '사용자', host: '호스트', contact: '담당자', nationalId: '주민등록번호' },
    say: {
      title: (d, t) => `고객 ${d}에서 ${t} 활동 탐지`,
      complaint: (who, where, phone) => `${where} 거주 고객 ${who}께서 ${phone}로 장비가 밤새 재부팅된다고 신고하셨습니다.`,
      beacon: (ip, dom, port) => `장비가 ${ip}의 ${port}번 포트로 외부 연결을 시도했고 300초마다 ${dom}을 조회했습니다.`,
      analyst: (who) => `1차 분석: ${who} (SOC).`,
      onsite: (who) => `현장 기사 ${who}가 장비를 교체하고 기존 장비를 분석용으로 회수했습니다.`,
      closing: '펌웨어 롤백 후 추가 통신은 관찰되지 않았습니다.',
    },
    dob: (y, m, d) => `${y}.${pad(m)}.${pad(d)}`,
    legal: '주식회사',
    victimOrgs: ['수원도시가스', '해운대물류'],
  },
  {
    code: 'zh', country: 'CN',
    given: { m: ['Wei', 'Hao', 'Jianguo', 'Zhiqiang'], f: ['Xiuying', 'Jing', 'Lili', 'Yan'] },
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhao'],
    nativeGiven: { m: ['伟', '浩', '建国', '志强'], f: ['秀英', '静', '丽丽', '燕'] },
    nativeFamily: ['王', '张', '刘', '陈', '黄', '赵'],
    nativeSep: '',
    honorific: (p) => (p.female ? '女士' : '先生'),
    streets: ['人民路', '解放大道', '中山北路', '建设街'],
    cities: [['江苏省苏州市姑苏区', '215000'], ['湖北省武汉市江汉区', '430000'], ['广东省佛山市南海区', '528200'], ['四川省成都市武侯区', '610041']],
    address: (s, n, c, pc) => `${c}${s}${n}号${Number(n) % 6 + 1}栋${Number(n) % 20 + 101}室(邮编${pc})`,
    mailHosts: ['qq.com', '163.com', '126.com', 'sina.com'],
    labels: { customer: '客户编号', contract: '合同编号', meter: '电表编号', ticket: '工单号', account: '账号', dob: '出生日期', address: '地址', phone: '电话', email: '邮箱', serial: '序列号', iban: '银行卡号', plate: '车牌号', name: '姓名', user: '用户名', host: '主机名', contact: '联系人', nationalId: '身份证号' },
    say: {
      title: (d, t) => `客户${d}上的${t}活动`,
      complaint: (who, where, phone) => `住在${where}的客户${who}致电${phone}反映设备整夜反复重启。`,
      beacon: (ip, dom, port) => `设备向${ip}的${port}端口发起外联,并每300秒解析一次${dom}。`,
      analyst: (who) => `初步分析:${who}(SOC值班)。`,
      onsite: (who) => `现场工程师${who}更换了设备并带回旧设备进行取证。`,
      closing: '固件回滚后未再观察到外联。',
    },
    dob: (y, m, d) => `${y}年${m}月${d}日`,
    legal: '有限公司',
    victimOrgs: ['苏州水务集团', '佛山冷链物流'],
  },
  {
    code: 'ar', country: 'SA',
    given: { m: ['Mohammed', 'Abdullah', 'Faisal', 'Khalid', 'Omar'], f: ['Noura', 'Fatimah', 'Reem', 'Hessa', 'Lama'] },
    family: ['Al-Otaibi', 'Al-Qahtani', 'Al-Harbi', 'Al-Shehri', 'Al-Zahrani'],
    nativeGiven: { m: ['محمد', 'عبدالله', 'فيصل', 'خالد', 'عمر'], f: ['نورة', 'فاطمة', 'ريم', 'حصة', 'لمى'] },
    nativeFamily: ['العتيبي', 'القحطاني', 'الحربي', 'الشهري', 'الزهراني'],
    nativeSep: ' ',
    honorific: (p) => (p.female ? 'السيدة' : 'السيد'),
    streets: ['شارع الملك فهد', 'طريق الأمير سلطان', 'شارع التحلية', 'حي النخيل'],
    cities: [['الرياض', '12214'], ['جدة', '23442'], ['الدمام', '32241'], ['المدينة المنورة', '42311']],
    address: (s, n, c, pc) => `${s}، مبنى ${n}، ${c} ${pc}`,
    mailHosts: ['gmail.com', 'hotmail.com', 'outlook.sa'],
    labels: { customer: 'رقم العميل', contract: 'رقم العقد', meter: 'رقم العداد', ticket: 'رقم البلاغ', account: 'رقم الحساب', dob: 'تاريخ الميلاد', address: 'العنوان', phone: 'الجوال', email: 'البريد الإلكتروني', serial: 'الرقم التسلسلي', iban: 'IBAN', plate: 'رقم اللوحة', name: 'الاسم', user: 'المستخدم', host: 'الجهاز', contact: 'جهة الاتصال', nationalId: 'رقم الهوية' },
    say: {
      title: (d, t) => `نشاط ${t} على ${d} لدى عميل`,
      complaint: (who, where, phone) => `تواصل العميل ${who} من ${where} عبر الرقم ${phone} لأن الجهاز يعيد التشغيل باستمرار منذ الليلة الماضية.`,
      beacon: (ip, dom, port) => `فتح الجهاز اتصالات صادرة إلى ${ip} على المنفذ ${port} واستعلم عن ${dom} كل 300 ثانية.`,
      analyst: (who) => `التحليل الأولي: ${who} (مركز العمليات الأمنية).`,
      onsite: (who) => `قام الفني ${who} باستبدال الجهاز وأخذ القديم للتحليل.`,
      closing: 'لم تُرصد اتصالات إضافية بعد إرجاع البرنامج الثابت.',
    },
    dob: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    legal: 'شركة',
    victimOrgs: ['شركة مياه الدمام', 'مؤسسة الحربي للنقل'],
  },
];

/** ~40% English, the rest spread over the other locales. */
export const LOCALE_WEIGHTS: Record<string, number> = {
  'en-GB': 12, 'en-US': 14, 'en-AU': 6, 'en-IN': 8,
  de: 6, fr: 5, es: 5, it: 4, nl: 4, 'pt-BR': 4, pl: 4, sv: 3, cs: 3, tr: 4, ja: 6, ko: 4, zh: 4, ar: 4,
};

export function pickLocale(rng: Rng): Locale {
  const total = Object.values(LOCALE_WEIGHTS).reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (const l of LOCALES) {
    r -= LOCALE_WEIGHTS[l.code];
    if (r < 0) return l;
  }
  return LOCALES[0];
}

export function person(rng: Rng, l: Locale): Person {
  const female = rng.chance(0.5);
  const gi = rng.int(0, l.given[female ? 'f' : 'm'].length - 1);
  const fi = rng.int(0, l.family.length - 1);
  const p: Person = { given: l.given[female ? 'f' : 'm'][gi], family: l.family[fi], female };
  if (l.nativeFamily && l.nativeGiven) p.native = { given: l.nativeGiven[female ? 'f' : 'm'][gi], family: l.nativeFamily[fi], sep: l.nativeSep ?? ' ' };
  return p;
}

// Submitter companies: invented stems, so an identity hit is never a dictionary word.
export const COMPANY_STEMS = ['Velmark', 'Norravik', 'Quellbrand', 'Astrolux', 'Tarvena', 'Kelderon', 'Brisetta', 'Ostwynd', 'Luminor', 'Ferrovant', 'Siltrova', 'Maragon', 'Zentrava', 'Helvion', 'Corvanta', 'Ambrello'];
export const NATIVE_COMPANY: Record<string, string[]> = {
  ja: ['北辰電機', '瑞穂計測', '東雲通信'],
  ko: ['한빛계량', '세원텔레콤', '누리모빌리티'],
  zh: ['华辰智能', '蓝岸通信', '启明计量'],
  ar: ['الرواد للاتصالات', 'الأفق للطاقة'],
};

export const VERTICALS = {
  meter: { en: 'Smart Metering', device: 'smart meter gateway', models: ['SMGW-4', 'EM340-LTE', 'HX-2100'] },
  modem: { en: 'IoT Modules', device: 'LTE-M module', models: ['LM-920', 'CAT1-BIS X7', 'NB-22'] },
  plc: { en: 'Industrial Automation', device: 'PLC', models: ['CPU 1515-2', 'RX-800 PLC', 'OT-Edge 5'] },
  stb: { en: 'Home Entertainment', device: 'set-top box', models: ['STB-4K UHD', 'HDX-900', 'Vibe TV Box'] },
  tcu: { en: 'Automotive Telematics', device: 'telematics control unit', models: ['TCU-5G', 'VTU-410', 'eCall-Box 3'] },
  evse: { en: 'eMobility', device: 'AC wallbox', models: ['WB-22 Pro', 'DC-Fast 150', 'HomeCharge 11'] },
  carrier: { en: 'Mobile', device: 'subscriber handset', models: ['5G CPE', 'mobile broadband router', 'LTE hotspot'] },
} as const;
export type Vertical = keyof typeof VERTICALS;

export const MALWARE = ['Mirai', 'Gafgyt', 'Mozi', 'Hajime', 'Moobot', 'FluBot', 'Anatsa', 'Octo', 'Vultur', 'Industroyer2', 'FrostyGoop', 'BadBox', 'Raspberry Robin', 'Agent Tesla', 'Lucy', 'Kasper', 'IcedID', 'Pikabot', 'Kaiji', 'RapperBot'];
export const ACTORS = ['Volt Typhoon', 'Salt Typhoon', 'Sandworm', 'Scattered Spider', 'Mustang Panda', 'CyberAv3ngers', 'Lazarus Group', 'Kimsuky', 'Charming Kitten', 'Wizard Spider', 'Gamaredon', 'LightBasin', 'Earth Lusca'];
export const CVES = ['CVE-2021-35394', 'CVE-2023-1389', 'CVE-2017-17215', 'CVE-2018-10561', 'CVE-2014-8361', 'CVE-2023-28771', 'CVE-2024-3400', 'CVE-2022-30525', 'CVE-2020-25223', 'CVE-2019-10953', 'CVE-2015-5374', 'CVE-2023-46604', 'CVE-2024-21762', 'CVE-2022-47966'];
export const TLDS = ['top', 'xyz', 'shop', 'click', 'cyou', 'su', 'ru', 'info', 'online', 'icu'];
export const UAS = [
  'Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.45 Mobile Safari/537.36',
  'Hello, World',
  'Mozila/5.0',
  'python-requests/2.28.1',
  'Wget(linux)',
  'curl/7.68.0-modbot',
  'Go-http-client/1.1 (kx-upd)',
];
// Destinations typical of international revenue share fraud (satellite, small island and premium ranges).
export const IRSF_PREFIXES = ['88216', '88213', '2399', '53', '3718', '22462', '25290', '6744', '8823'];
