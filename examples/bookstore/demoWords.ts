/** Word lists for `demoData.ts`: the names, places and phrases the bookstore's demo rows are made of. All invented. */

export const publisherNames = [
  'Harbour Lane Press',
  'Blackthorn Books',
  'Meridian House',
  'Quill & Lantern',
  'Northgate Publishing',
  'Saltmarsh Editions',
  'Copperleaf Press',
  'Greywater Books',
  'Foxglove & Finch',
  'Lighthouse Editions',
  'Ironbridge Press',
  'Willowmere Books',
  'Kestrel House',
  'Amberline Publishing',
  'Old Mill Press',
  'Silverbirch Books',
  'Tidewater Editions',
  'Redfern & Hale',
  'Juniper Street Press',
  'Stonecrop Books',
  'Bluebell Publishing',
  'Marlowe & Crane',
  'Hollow Oak Press',
  'Starling Editions',
] as const;

export const countries = ['GB', 'GB', 'GB', 'US', 'US', 'IE', 'CA', 'AU', 'NZ', 'FR', 'DE', 'NL'] as const;

export const firstNames = [
  'Ada',
  'Amara',
  'Arjun',
  'Beatrice',
  'Callum',
  'Chiara',
  'Daniel',
  'Dmitri',
  'Eleanor',
  'Elif',
  'Farah',
  'Felix',
  'Grace',
  'Hana',
  'Hugo',
  'Imogen',
  'Isaac',
  'Jonas',
  'Kwame',
  'Leila',
  'Lucía',
  'Mateo',
  'Maya',
  'Niamh',
  'Noah',
  'Olumide',
  'Priya',
  'Rafael',
  'Rosa',
  'Samir',
  'Sofia',
  'Tomasz',
  'Una',
  'Victor',
  'Wen',
  'Yusuf',
  'Zara',
  'Aoife',
  'Bruno',
  'Clara',
] as const;

export const lastNames = [
  'Abbott',
  'Adeyemi',
  'Bergström',
  'Blackwood',
  'Castellano',
  'Chen',
  'Dubois',
  'Egan',
  'Fairweather',
  'Ferreira',
  'Gallagher',
  'Haddad',
  'Hartley',
  'Ito',
  'Jankowski',
  'Kowalczyk',
  'Lindqvist',
  'Mbeki',
  'McAllister',
  'Moreau',
  'Nakamura',
  'Novak',
  "O'Connell",
  'Okafor',
  'Petrov',
  'Quinn',
  'Rahman',
  'Rossi',
  'Sandoval',
  'Sharma',
  'Thornton',
  'Underwood',
  'Varga',
  'Whitcombe',
  'Xu',
  'Yilmaz',
  'Zielinski',
  'Holloway',
  'Achebe',
  'Lindgren',
] as const;

export const nationalities = ['GB', 'GB', 'US', 'US', 'IE', 'CA', 'NG', 'IN', 'FR', 'DE', 'IT', 'ES', 'JP', 'SE', 'PL', 'BR'] as const;

export const titleAdjectives = [
  'Silent',
  'Hidden',
  'Last',
  'Burning',
  'Glass',
  'Winter',
  'Salt',
  'Forgotten',
  'Crimson',
  'Wandering',
  'Quiet',
  'Broken',
  'Golden',
  'Northern',
  'Paper',
  'Midnight',
  'Drowned',
  'Small',
  'Long',
  'Secret',
] as const;

export const titleNouns = [
  'Harbour',
  'Orchard',
  'Lighthouse',
  'Island',
  'Garden',
  'River',
  'Kingdom',
  'Archive',
  'Station',
  'Atlas',
  'Clock',
  'Tide',
  'Library',
  'Mountain',
  'Letter',
  'Bridge',
  'Comet',
  'Observatory',
  'Meadow',
  'Road',
] as const;

export const titlePeople = [
  'Clockmaker',
  'Ferryman',
  'Apothecary',
  'Beekeeper',
  'Archivist',
  'Stationmaster',
  'Lighthouse Keeper',
  'Glassblower',
  'Cartographer',
  'Translator',
] as const;

export const titlePlaces = [
  'Ashford',
  'the Marsh',
  'Lisbon',
  'the North Sea',
  'Kyoto',
  'the Fens',
  'Marrakesh',
  'the Hollow Hills',
  'Valparaíso',
  'the Outer Isles',
  'Prague',
  'Sable Bay',
] as const;

export const subtitles = [
  'A Novel',
  'A Memoir',
  'Stories',
  'A History',
  'A Field Guide',
  'Poems',
  'An Investigation',
  'A Journey',
] as const;

export const descriptionOpenings = [
  'A sweeping story of',
  'An intimate portrait of',
  'A gripping account of',
  'A luminous meditation on',
  'A darkly funny tale of',
  'A page-turning mystery about',
  'A tender exploration of',
  'A bold new look at',
] as const;

export const descriptionSubjects = [
  'two sisters who inherit a failing lighthouse',
  'a cartographer mapping a coastline that keeps changing',
  'the year a small town lost its river',
  'friendship, grief and the art of baking bread',
  'a detective who cannot forget a single face',
  'the scientists who first listened to the stars',
  'an apprentice clockmaker in a city of bells',
  'a family divided by a war it never saw',
  'the forgotten women who built the railways',
  'a ferryman who carries more than passengers',
] as const;

export const firstLines = [
  'The sea had taken the road again by the time we reached the village.',
  'Nobody in Ashford remembered the last time the bells had rung at midnight.',
  'My grandmother kept her secrets in biscuit tins.',
  'It was the winter the river froze, and the winter my father came home.',
  'The letter arrived forty years late, and it was addressed to me.',
  'There are three ways to lose a kingdom; I have tried them all.',
  'On the morning of the comet, the apothecary opened her shop as usual.',
  'Every map is a lie, but some lies are more useful than others.',
] as const;

export const reviewHeadlines = {
  5: ['Could not put it down', 'An instant favourite', 'Beautifully written', 'Worth every penny'],
  4: ['A really good read', 'Lovely, if a little slow', 'Recommended', 'Strong characters'],
  3: ['Decent but forgettable', 'Good in parts', 'Not quite for me', 'Solid holiday read'],
  2: ['Disappointing ending', 'Hard to get into', 'Expected more'],
  1: ['Gave up halfway', 'Not what I hoped', 'Arrived damaged'],
} as const;

export const reviewBodies = [
  'The characters stayed with me for weeks afterwards.',
  'The middle section drags, but the last hundred pages make up for it.',
  'Bought it as a gift and ended up reading it first.',
  'The prose is gorgeous; the plot less so.',
  'Perfect for a long train journey.',
  'I read it in one sitting and then started again.',
  'Well researched and surprisingly moving.',
  'The translation reads beautifully.',
] as const;

export const giftNotes = [
  'Happy birthday! Love, Mum',
  'Congratulations on the new job!',
  'Thought you would enjoy this one.',
  'Merry Christmas from all of us',
  'For the long flight',
  'Get well soon x',
] as const;

export const cities = [
  ['London', 'GB'],
  ['Manchester', 'GB'],
  ['Edinburgh', 'GB'],
  ['Bristol', 'GB'],
  ['Leeds', 'GB'],
  ['Dublin', 'IE'],
  ['Cork', 'IE'],
  ['New York', 'US'],
  ['Portland', 'US'],
  ['Toronto', 'CA'],
  ['Melbourne', 'AU'],
  ['Wellington', 'NZ'],
] as const;

export const streets = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Mill Road',
  'Park Avenue',
  'Victoria Road',
  'Harbour View',
  'Orchard Close',
  'King Street',
  'Queensway',
] as const;

/** The genre tree: top-level genres, their subgenres, and a third level under some. */
export interface GenreNode {
  readonly name: string;
  readonly children?: readonly GenreNode[];
}

export const genreTree: readonly GenreNode[] = [
  {
    name: 'Fiction',
    children: [
      { name: 'Literary Fiction' },
      { name: 'Historical Fiction' },
      { name: 'Crime & Mystery', children: [{ name: 'Cosy Mystery' }, { name: 'Police Procedural' }, { name: 'Noir' }] },
      { name: 'Science Fiction', children: [{ name: 'Space Opera' }, { name: 'Cyberpunk' }, { name: 'Climate Fiction' }] },
      { name: 'Fantasy', children: [{ name: 'Epic Fantasy' }, { name: 'Urban Fantasy' }] },
      { name: 'Romance' },
      { name: 'Thriller' },
      { name: 'Horror' },
    ],
  },
  {
    name: 'Non-fiction',
    children: [
      { name: 'Biography & Memoir' },
      { name: 'History', children: [{ name: 'Ancient History' }, { name: 'Modern History' }] },
      { name: 'Popular Science', children: [{ name: 'Astronomy' }, { name: 'Biology' }, { name: 'Physics' }] },
      { name: 'Travel Writing' },
      { name: 'Food & Drink', children: [{ name: 'Baking' }] },
      { name: 'Nature Writing' },
    ],
  },
  { name: "Children's", children: [{ name: 'Picture Books' }, { name: 'Middle Grade' }, { name: 'Young Adult' }] },
  { name: 'Poetry' },
  { name: 'Graphic Novels' },
];
